// Generado por `npm run api:tipos` desde /api/v1/openapi.json del servidor: no editar a mano.
// Una prueba (apps/server/src/openapi/web-types.test.ts) falla si el servidor cambia y este
// archivo no se regenera.
export interface paths {
    "/api/v1/admin/asesores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accesos de asesores (federación, departamento) por municipio y periodo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accesos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo: string;
                            desde: string | null;
                            email: string;
                            hasta: string | null;
                            municipio: string;
                            nombre: string;
                            otorgadaPor: string | null;
                            usuarioId: string;
                        }[];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Dar a un asesor acceso a municipios, con fecha de inicio y de fin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        desde: string;
                        email: string;
                        hasta: string;
                        municipios: string[];
                        nombre: string;
                    };
                };
            };
            responses: {
                /** @description Acceso otorgado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            cuentaNueva: boolean;
                            email: string;
                            enlace: string | null;
                            enviado: boolean;
                            usuarioId: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/asesores/{id}/municipios/{codigo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Terminar el acceso de un asesor a un municipio */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Acceso terminado */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/autoridades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autoridades ambientales con su jurisdicción */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Autoridades */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            municipios: {
                                codigo: string;
                                nombre: string;
                            }[];
                            nombre: string;
                            revisores: number;
                            sigla: string;
                        }[];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar una autoridad ambiental */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nombre: string;
                        sigla: string;
                    };
                };
            };
            responses: {
                /** @description Registrada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            nombre: string;
                            sigla: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/autoridades/{id}/jurisdiccion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reemplazar la jurisdicción de una autoridad (un municipio que cambia de CAR se traslada) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        municipios: string[];
                    };
                };
            };
            responses: {
                /** @description Jurisdicción actualizada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            municipios: string[];
                            trasladados: {
                                autoridad: string;
                                municipio: string;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/autoridades/{id}/revisores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cuenta de revisor(a) de una autoridad ambiental */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        nombre: string;
                    };
                };
            };
            responses: {
                /** @description Revisor(a) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            cuentaNueva: boolean;
                            email: string;
                            enlace: string | null;
                            enviado: boolean;
                            usuarioId: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cuentas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cuentas por páginas (búsqueda por nombre o correo) */
        get: {
            parameters: {
                query?: {
                    pagina?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Página de cuentas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cuentas: {
                                activo: boolean;
                                autoridad: string | null;
                                email: string;
                                esAdministrador: boolean;
                                esCiudadano: boolean;
                                id: string;
                                nombre: string;
                                roles: string[];
                            }[];
                            pagina: number;
                            porPagina: number;
                            total: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cuentas/{id}/activar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Volver a activar una cuenta */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cuentas/{id}/desactivar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Desactivar una cuenta (sus sesiones se cierran de inmediato) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cuentas/{id}/restablecer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enlace para restablecer la contraseña de una cuenta (se envía o se muestra una vez) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enlace emitido */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            enlace: string | null;
                            enviado: boolean;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Municipios por páginas, con cuántas personas los gestionan y su autoridad ambiental */
        get: {
            parameters: {
                query?: {
                    pagina?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Página de municipios */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            municipios: {
                                autoridad: string | null;
                                codigo: string;
                                departamento: string;
                                gestores: number;
                                miembros: number;
                                nombre: string;
                            }[];
                            pagina: number;
                            porPagina: number;
                            total: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipios/{codigo}/cuentas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Primera cuenta de un municipio (alcaldía u oficina de planeación) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        nombre: string;
                        rol: string;
                    };
                };
            };
            responses: {
                /** @description Cuenta con rol */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            cuentaNueva: boolean;
                            email: string;
                            enlace: string | null;
                            enviado: boolean;
                            usuarioId: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/solicitudes-datos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Solicitudes sobre datos personales, las que vencen primero arriba */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Solicitudes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            id: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/solicitudes-datos/{id}/respondida": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marcar respondida una solicitud sobre datos personales */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marcada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/autodiagnostico/preguntas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preguntas del autodiagnóstico por etapa de la ruta, con su fuente legal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuestionario */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CuestionarioAutodiagnostico"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/avisos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resumen diario del usuario: vencidos y próximos 30 días en sus municipios */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Avisos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            avisos: ({
                                enlace: string;
                                municipio: {
                                    codigo: string;
                                    departamento: string;
                                    nombre: string;
                                };
                                /** @enum {string} */
                                tipo: "vencido" | "proximo";
                                titulo: string;
                                venceEl: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/banco": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buscar en el banco de experiencias (texto en español, sin importar tildes ni terminaciones) */
        get: {
            parameters: {
                query?: {
                    banda?: "menos_10000" | "de_10000_a_30000" | "de_30000_a_100000" | "de_100000_a_500000" | "mas_500000";
                    departamento?: string;
                    limite?: number;
                    resultado?: "adoptado" | "no_adoptado" | "anulado" | "suspendido";
                    texto?: string;
                    tipoPlan?: "POT" | "PBOT" | "EOT";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Casos, los más pertinentes primero, y los tipos de revisión con su nombre */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            casos: components["schemas"]["CasoBanco"][];
                            tiposRevision: {
                                id: string;
                                nombre: string;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/banco/casos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un caso publicado del banco de experiencias */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Caso */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CasoBanco"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/banco/casos/{id}/documentos/{indice}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documento de un caso publicado del banco */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    indice: number | null;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mi cuenta: sesiones abiertas y municipios que sigo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuenta */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cuenta"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/contrasena": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cambiar mi contraseña (se exige la actual; se cierran mis otras sesiones) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actual: string;
                        nueva: string;
                    };
                };
            };
            responses: {
                /** @description Contraseña cambiada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/datos-personales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis datos personales: la autorización que di y mis solicitudes con su plazo legal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mis datos personales */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autorizacion: {
                                aceptadaEn: string;
                                revocadaEn: string | null;
                                version: string;
                            } | null;
                            solicitudes: {
                                detalle: string;
                                estado: string;
                                id: string;
                                recibidaEl: string;
                                tipo: string;
                                tipoEtiqueta: string;
                                venceEl: string;
                            }[];
                            versionVigente: string;
                        };
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/datos-personales/autorizacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aceptar la política de tratamiento de datos vigente */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: string;
                    };
                };
            };
            responses: {
                /** @description Aceptada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/datos-personales/solicitudes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pedir conocer, corregir o suprimir mis datos, o revocar la autorización (10 o 15 días hábiles, Ley 1581 arts. 14–15) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        detalle?: string;
                        /** @enum {string} */
                        tipo: "consulta" | "rectificacion" | "supresion" | "revocatoria";
                    };
                };
            };
            responses: {
                /** @description Solicitud recibida */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            venceEl: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/enlace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Definir la contraseña con un enlace de un solo uso (activación o restablecimiento) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contrasena: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Contraseña definida */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/invitacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aceptar una invitación (cuenta nueva con nombre y contraseña, o la contraseña actual) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contrasena: string;
                        enlace: string;
                        nombre?: string;
                    };
                };
            };
            responses: {
                /** @description Invitación aceptada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            municipio: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/invitacion/consulta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Qué ofrece una invitación (municipio, rol, si el correo ya tiene cuenta) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enlace: string;
                    };
                };
            };
            responses: {
                /** @description Invitación vigente */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cuentaExistente: boolean;
                            email: string;
                            expiraEn: string;
                            municipio: {
                                codigo: string;
                                departamento: string;
                                nombre: string;
                            };
                            rol: string;
                            rolEtiqueta: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/registro": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crear una cuenta ciudadana (el enlace para confirmar el correo llega por correo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        nombre: string;
                        politica?: string;
                    };
                };
            };
            responses: {
                /** @description Solicitud recibida */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mensaje: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Demasiadas solicitudes desde esta dirección */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                codigo: string;
                                mensaje: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/restablecer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pedir por correo un enlace para restablecer la contraseña (misma respuesta para todo correo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Solicitud recibida */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mensaje: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Demasiadas solicitudes desde esta dirección */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                codigo: string;
                                mensaje: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cuenta/sesiones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cerrar una de mis sesiones abiertas */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sesión cerrada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datos-abiertos/estado-pot.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Datos abiertos: estado del POT y fechas de cada municipio (CSV UTF-8, RFC 4180; separador=punto_y_coma para Excel en español) */
        get: {
            parameters: {
                query?: {
                    fecha?: string;
                    separador?: "coma" | "punto_y_coma";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datos-abiertos/estado-pot.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Datos abiertos: estado del POT de cada municipio sobre sus límites (GeoJSON) */
        get: {
            parameters: {
                query?: {
                    fecha?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GeoJSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expediente/resumen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seguimiento de todos los municipios que la persona acompaña: indicadores rezagados, ejecución, suficiencia */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Seguimiento por municipio */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anio: number;
                            municipios: {
                                [key: string]: unknown;
                            }[];
                            recortado: boolean;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estado del servicio, motor de base de datos y versión de PostGIS */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Servicio en funcionamiento */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Salud"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buscar municipios del catálogo DIVIPOLA */
        get: {
            parameters: {
                query?: {
                    departamento?: string;
                    limite?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Municipios */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            municipios: {
                                anioPoblacion: number | null;
                                codigo: string;
                                codigoDepartamento: string;
                                departamento: string;
                                nombre: string;
                                poblacion: number | null;
                                tipo: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Datos públicos de un municipio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Municipio */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Municipio"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/actos-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historia del plan: actos de adopción, revisiones, modificaciones y decisiones judiciales */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Actos del plan, del más antiguo al más reciente */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actos: components["schemas"]["ActoPlan"][];
                        };
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un acto del plan (adopción, revisión, modificación o decisión judicial) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actoAplicable?: string;
                        emisor?: string;
                        /** @example 2026-03-02 */
                        fecha: string;
                        instrumento: string;
                        objeto?: string;
                        /** @enum {string} */
                        tipo: "adopcion" | "revision_general" | "revision_mediano_plazo" | "revision_corto_plazo" | "modificacion_excepcional" | "revision_excepcional" | "suspension_provisional" | "nulidad" | "levantamiento_suspension";
                        /** @example 2026-03-02 */
                        vigenciaLargoDeclarada?: string;
                    };
                };
            };
            responses: {
                /** @description Acto registrado */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActoPlan"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/auditoria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bitácora de auditoría del municipio (más reciente primero) */
        get: {
            parameters: {
                query?: {
                    limite?: number;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entradas de auditoría */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entradas: {
                                accion: string;
                                actor: string;
                                detalle: {
                                    [key: string]: unknown;
                                };
                                objeto: string;
                                ocurridoEn: string;
                                secuencia: number;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/autodiagnostico": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Último autodiagnóstico del municipio, su evaluación (riesgos y retos) y el historial */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Autodiagnóstico */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Autodiagnostico"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un nuevo autodiagnóstico (se conserva el historial) y obtener su evaluación */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        respuestas: {
                            [key: string]: "si" | "parcial" | "no" | "no_sabe";
                        };
                    };
                };
            };
            responses: {
                /** @description Autodiagnóstico registrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            evaluacion: components["schemas"]["EvaluacionAutodiagnostico"];
                            id: string;
                            respondidoEn: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/autodiagnostico/etapas/{etapa}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrar las respuestas de una etapa: se combinan con las últimas guardadas de las demás etapas (se conserva el historial) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    etapa: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        respuestas: {
                            [key: string]: "si" | "parcial" | "no" | "no_sabe";
                        };
                    };
                };
            };
            responses: {
                /** @description Etapa registrada con las respuestas combinadas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            evaluacion: components["schemas"]["EvaluacionAutodiagnostico"];
                            id: string;
                            respondidoEn: string;
                            respuestas: {
                                [key: string]: "si" | "parcial" | "no" | "no_sabe";
                            };
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/banco": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agregar un caso del municipio al banco (asesores lo publican; el municipio deja un borrador) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acto?: string | null;
                        anioCosto?: number | null;
                        anioFin?: number | null;
                        anioInicio?: number | null;
                        costoCop?: number | null;
                        duracionMeses?: number | null;
                        fuente: string;
                        /** @default  */
                        lecciones?: string;
                        /** @enum {string|null} */
                        modalidad?: "concurso_meritos" | "convenio_interadministrativo" | "otra" | null;
                        /** @default  */
                        objeto?: string;
                        poblacion?: number | null;
                        /** @enum {string} */
                        resultado: "adoptado" | "no_adoptado" | "anulado" | "suspendido";
                        /** @enum {string} */
                        tipoPlan: "POT" | "PBOT" | "EOT";
                        /** @enum {string} */
                        tipoRevision: "adopcion" | "sin_determinar" | "revision_general" | "revision_mediano_plazo" | "revision_corto_plazo" | "modificacion_excepcional" | "revision_excepcional";
                    };
                };
            };
            responses: {
                /** @description Caso creado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            estado: string;
                            id: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/banco/{id}/documentos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjuntar un documento a un caso del banco (multipart: «archivo», «tipo» terminos_referencia|acta|sentencia|otro, «titulo»), con los controles de las evidencias */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documento adjuntado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indice: number;
                            titulo: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/banco/{id}/publicar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publicar un borrador del banco (curaduría de asesores y administradores) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Caso publicado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            estado: string;
                            id: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/banco/borradores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Borradores de casos del municipio (los asesores los revisan y publican) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Borradores */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            casos: components["schemas"]["CasoBanco"][];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/banco/similares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Casos de municipios similares (mismo tipo de plan, mismo departamento primero, población cercana) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Casos similares */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            casos: components["schemas"]["CasoBanco"][];
                            tipoPlan: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capas del municipio con sus categorías, extensión y metadatos */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Capas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capas: components["schemas"]["Capa"][];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Importar una capa (GeoJSON, Shapefile en ZIP, GeoPackage o FlatGeobuf; máx. 25 MB), multipart: archivo (o subida, el id de una subida reanudable terminada), tipo, nombre?, crs?, tabla?, categoria?, reparar?, entidad?, estudio?, escala?, fecha?, autor?
         * @description Geometrías no válidas: 400 con detalles.invalidas (reenvíe con reparar=si para repararlas); sin sistema de coordenadas: 400 con detalles.pideCrs; GeoPackage con varias tablas: 400 con detalles.tablas.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Capa importada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaHa: number;
                            areaPorCategoriaHa: {
                                [key: string]: number;
                            };
                            avisos: string[];
                            capaId: string;
                            crsOrigen: number;
                            entidades: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/{capaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Publicar o retirar una capa, renombrarla o corregir sus metadatos */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    capaId: string;
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        metadatos?: {
                            autor?: string | null;
                            entidad?: string | null;
                            escala?: number | null;
                            estudio?: string | null;
                            fecha?: string | null;
                        };
                        nombre?: string;
                        publica?: boolean;
                    };
                };
            };
            responses: {
                /** @description Capa actualizada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Capa"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/{capaId}/entidades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entidades de una capa en un recuadro, simplificadas para el zoom (GeoJSON EPSG:4326) */
        get: {
            parameters: {
                query?: {
                    bbox?: string;
                    limite?: number;
                    zoom?: number | null;
                };
                header?: never;
                path: {
                    capaId: string;
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entidades */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            features: ({
                                /** @enum {string} */
                                type: "Feature";
                            } & {
                                [key: string]: unknown;
                            })[];
                            numberMatched: number;
                            numberReturned: number;
                            truncated: boolean;
                            /** @enum {string} */
                            type: "FeatureCollection";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/{capaId}/entidades/{entidadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una entidad con todos sus atributos y su área (identificar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    capaId: string;
                    codigo: string;
                    entidadId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entidad */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaHa: number;
                            /** @enum {string} */
                            type: "Feature";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/{capaId}/teselas/{z}/{x}/{y}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tesela vectorial (Mapbox Vector Tile, EPSG:3857) de una capa: y va con «.mvt»
         * @description Capa interna «entidades»; cada entidad lleva _id, categoria y sus atributos. 204 cuando la tesela no tiene entidades.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    capaId: string;
                    codigo: string;
                    x: string;
                    y: string;
                    z: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tesela */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.mapbox-vector-tile": string;
                    };
                };
                /** @description Tesela sin entidades */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sin cambios (ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/analisis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Análisis de suelo × amenaza guardados */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Análisis */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analisis: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Analizar suelo × amenaza y guardar el resultado */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amenaza: string;
                        suelo: string;
                    };
                };
            };
            responses: {
                /** @description Análisis guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalisisSueloAmenaza"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/analisis/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un análisis de suelo × amenaza guardado */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Análisis */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalisisSueloAmenaza"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/analisis/{id}/adjuntar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjuntar el informe PDF del análisis como evidencia del estudio básico de amenaza en La Ruta
         * @description 409 cuando no hay una revisión en curso o esta no tiene el ítem del estudio básico de la amenaza analizada.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evidencia guardada */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            itemId: string;
                            itemNombre: string;
                            procesoId: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/analisis/{id}/informe/{formato}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Informe del análisis en DOCX (editable) o PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    formato: "docx" | "pdf";
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Informe */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/subidas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Crear una subida reanudable de una capa (tus 1.0.0; máx. 25 MB, vence en 24 horas)
         * @description Cabeceras Tus-Resumable: 1.0.0, Upload-Length (obligatoria) y Upload-Metadata con filename. Responde 201 con Location. Terminada la subida, importe con POST /municipios/{codigo}/capas y el campo subida=<id>.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Protocolo tus 1.0.0 (cabecera Tus-Resumable: 1.0.0) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/capas/subidas/{subidaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estado de una subida; con HEAD, el desplazamiento tus (Upload-Offset) para reanudarla */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    subidaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GET: { id, nombre, tamano, recibido, expira } en JSON. HEAD: Upload-Offset y Upload-Length (tus). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancelar una subida y borrar lo recibido */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    subidaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Protocolo tus 1.0.0 (cabecera Tus-Resumable: 1.0.0) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Enviar una parte de la subida (Content-Type: application/offset+octet-stream)
         * @description Upload-Offset debe ser el que informa HEAD; si no coincide responde 409 y el cliente retoma desde el del servidor.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    subidaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Protocolo tus 1.0.0 (cabecera Tus-Resumable: 1.0.0) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/equipo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipo del municipio: miembros, invitaciones pendientes e historial */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Equipo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Equipo"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/equipo/invitaciones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invitar a una persona por correo con un rol (el enlace se envía o se muestra una vez) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        rol: string;
                    };
                };
            };
            responses: {
                /** @description Invitación creada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            enlace: string | null;
                            enviado: boolean;
                            invitacion: {
                                email: string;
                                id: string;
                                rol: string;
                                rolEtiqueta: string;
                            };
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/equipo/invitaciones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revocar una invitación pendiente */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitación revocada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/equipo/invitaciones/{id}/reenviar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reenviar una invitación pendiente con un enlace nuevo (el anterior deja de servir) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitación reenviada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aviso: string | null;
                            enlace: string | null;
                            enviado: boolean;
                            invitacion: {
                                email: string;
                                id: string;
                                rol: string;
                                rolEtiqueta: string;
                            };
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/equipo/miembros/{usuarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cambiar el rol de un miembro del equipo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    usuarioId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rol: string;
                    };
                };
            };
            responses: {
                /** @description Rol cambiado */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Retirar a un miembro del equipo (sus sesiones se cierran de inmediato) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    usuarioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Miembro retirado */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/estado-pot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estado del POT: tipo de plan, vigencias, tipos de revisión abiertos y plazos, con fuentes */
        get: {
            parameters: {
                query?: {
                    fecha?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Estado del POT */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstadoPot"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/evidencias/{evidenciaId}/archivo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Descargar una evidencia */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    evidenciaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Expediente municipal: indicadores y su avance, programa de ejecución frente a cada Plan de Desarrollo, suficiencia */
        get: {
            parameters: {
                query?: {
                    anio?: number;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Expediente */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expediente"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/archivo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Archivo técnico e histórico: documentos, actos del plan y evidencias, con búsqueda */
        get: {
            parameters: {
                query?: {
                    limite?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entradas: {
                                [key: string]: unknown;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un documento en el archivo (una nueva versión conserva las anteriores) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autor?: string | null;
                        descripcion?: string;
                        fecha: string;
                        referencia?: string | null;
                        /** Format: uuid */
                        serie?: string;
                        /** @enum {string} */
                        tipo: "documento" | "estudio" | "cartografia" | "informe" | "acta" | "otro";
                        titulo: string;
                    };
                };
            };
            responses: {
                /** @description Documento registrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            serie: string;
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/archivo/{documentoId}/descarga": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Descargar el archivo de una versión de un documento del archivo técnico */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    documentoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description El archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": unknown;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/archivo/carga": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrar un documento del archivo con su archivo (multipart: «archivo» y los campos del documento; máx. 25 MB; una nueva versión conserva el archivo anterior) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documento registrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivo: string | null;
                            id: string;
                            serie: string;
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/conclusiones/{anio}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Conclusiones y recomendaciones de la oficina para el documento de seguimiento de un año */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    anio: number;
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusiones: string;
                        destinatarios?: ("concejo" | "consejo_consultivo" | "consejo_territorial")[] | null;
                        recomendaciones: string;
                    };
                };
            };
            responses: {
                /** @description Conclusiones guardadas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/documento": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documento de seguimiento y evaluación generado (DOCX editable o PDF) */
        get: {
            parameters: {
                query: {
                    anio?: number;
                    formato: "docx" | "pdf";
                    tipo?: "dse" | "informe";
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documento */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/documento/{anio}/adjuntar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjuntar el documento de seguimiento generado como evidencia del ítem DSE de La Ruta */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    anio: number;
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evidencia guardada */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/importar/{tipo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importar mediciones, proyectos o ejecución desde CSV o Excel (campo «archivo»; máx. 5 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    tipo: "mediciones" | "proyectos" | "ejecucion";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Importación guardada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/indicadores/{indicadorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un indicador con su serie anual, definición, fórmula y fuente legal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    indicadorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicador */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            mediciones: {
                                [key: string]: unknown;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Crear o actualizar un indicador (definición, línea base y meta) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    indicadorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anioBase?: number | null;
                        anioMeta?: number | null;
                        definicion?: string;
                        /** @enum {string} */
                        dimension: "suficiencia" | "articulacion" | "ejecucion" | "modelo_ocupacion";
                        formula?: string;
                        fuente?: string;
                        lineaBase?: number | null;
                        meta?: number | null;
                        nombre: string;
                        /** @enum {string} */
                        sentido: "aumentar" | "disminuir";
                        unidad: string;
                    };
                };
            };
            responses: {
                /** @description Indicador guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/indicadores/{indicadorId}/linea-base-capa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tomar como línea base el área que mide la cartografía del municipio (hectáreas en EPSG:9377), citando la capa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    indicadorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Línea base tomada de la capa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anioBase: number;
                            lineaBase: number;
                            origen: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/indicadores/catalogo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agregar al expediente los indicadores del catálogo que aún no tiene */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicadores agregados */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agregados: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/mediciones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrar mediciones anuales (un valor por indicador y año) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mediciones: {
                            anio: number;
                            evidencia?: string | null;
                            indicadorId: string;
                            valor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Mediciones guardadas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            guardadas: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/planes-desarrollo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrar el Plan de Desarrollo de una administración (su período sale del motor normativo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acto?: string | null;
                        anioInicio: number;
                        nombre: string;
                    };
                };
            };
            responses: {
                /** @description Plan de Desarrollo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anioFin: number;
                            anioInicio: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/proyectos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crear o actualizar proyectos del programa de ejecución por su código */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proyectos: {
                            anioFin: number;
                            anioInicio: number;
                            bpin?: string | null;
                            codigo: string;
                            costoCop: number;
                            ejecucion?: {
                                anio: number;
                                avanceFisico: number;
                                ejecutadoCop: number;
                            }[];
                            entidadResponsable: string;
                            /** @enum {string} */
                            fuente: "recursos_propios" | "sgp" | "sgr" | "cofinanciacion" | "plusvalia" | "valorizacion" | "credito" | "otra";
                            nombre: string;
                            objetivo?: string | null;
                            planesDesarrollo?: {
                                anioInicio: number;
                                programa?: string | null;
                            }[];
                            /** @enum {string} */
                            plazo: "corto" | "mediano" | "largo";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Proyectos guardados */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            guardados: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/expediente/suficiencia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Responder el análisis de suficiencia: qué contenidos exigidos tiene el plan */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        respuestas: {
                            [key: string]: "contiene" | "parcial" | "no_contiene";
                        };
                    };
                };
            };
            responses: {
                /** @description Respuestas guardadas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/miembros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personas con rol en el municipio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Miembros */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            miembros: {
                                email: string;
                                nombre: string;
                                rol: string;
                                rolEtiqueta: string;
                                usuarioId: string;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/actores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actores del municipio; el contacto (dato personal) solo lo ven alcaldía y planeación */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Actores */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un actor { tipo, nombre, organizacion?, contacto?, consentimiento? } → { id } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentimiento?: boolean;
                        contacto?: string;
                        nombre: string;
                        organizacion?: string;
                        /** @enum {string} */
                        tipo: "concejal" | "ctp" | "jal" | "jac" | "gremio" | "universidad" | "comunidad_etnica" | "organizacion_ambiental" | "organizacion_comunitaria" | "entidad" | "otro";
                    };
                };
            };
            responses: {
                /** @description Actor registrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/actores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Editar un actor */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentimiento?: boolean;
                        contacto?: string;
                        nombre: string;
                        organizacion?: string;
                        /** @enum {string} */
                        tipo: "concejal" | "ctp" | "jal" | "jac" | "gremio" | "universidad" | "comunidad_etnica" | "organizacion_ambiental" | "organizacion_comunitaria" | "entidad" | "otro";
                    };
                };
            };
            responses: {
                /** @description Actor editado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Retirar un actor (y su contacto) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retirado */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro de aportes (todas las fuentes), filtrado y paginado, sin datos personales */
        get: {
            parameters: {
                query?: {
                    despues?: string;
                    estado?: string;
                    grupo?: string;
                    limite?: number;
                    origen?: string;
                    q?: string;
                    tema?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Página del registro */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistroAportes"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un aporte de un evento, la ventanilla (derecho de petición), el CTP o la CAR */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articulo?: string;
                        /** Format: email */
                        autorCorreo?: string;
                        autorNombre?: string;
                        capa?: string;
                        consentimiento?: string;
                        documento?: string;
                        eventoId?: string;
                        geometria?: string;
                        /** @enum {string} */
                        origen: "evento" | "ventanilla" | "ctp" | "car";
                        peticion?: {
                            radicado?: string;
                            /** @enum {string} */
                            tipo: "general" | "documentos" | "consulta";
                        };
                        recibidoEn: string;
                        texto: string;
                    };
                };
            };
            responses: {
                /** @description Aporte registrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un aporte: texto, lugar, adjuntos, respuesta, línea de tiempo y acciones posibles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aporte */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Aporte"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}/clasificacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clasificar un aporte (tema, etapa, artículo, capa o documento) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articulo?: string;
                        capa?: string;
                        documento?: string;
                        /** @enum {string} */
                        etapa?: "diagnostico" | "formulacion" | "concertacion" | "adopcion" | "seguimiento";
                        tema: string;
                    };
                };
            };
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}/descarte": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Descartar un aporte que su autor no confirmó */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}/grupo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agrupar un aporte con otros similares (grupo existente o nuevo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grupoId?: string;
                        tema?: string;
                    };
                };
            };
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Sacar un aporte de su grupo */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}/incorporacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marcar un aporte aceptado como incorporado en una versión del plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: string;
                    };
                };
            };
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/aportes/{id}/respuesta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Responder un aporte con razones y lo que cambió (o todo su grupo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articulo?: string;
                        documentoVersion?: string;
                        elementoMapa?: string;
                        razones: string;
                        /** @enum {string} */
                        resultado: "aceptado" | "aceptado_parcial" | "no_aceptado" | "no_pertinente";
                        todoElGrupo?: boolean;
                    };
                };
            };
            responses: {
                /** @description Hecho */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo?: string;
                            estado: string;
                            grupo?: {
                                codigo: string;
                                id: string;
                            };
                            id?: string;
                            respondidos?: number;
                            venceEn?: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/car/observaciones/{id}/respuesta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** La oficina responde una observación de la CAR { respuesta } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        respuesta: string;
                    };
                };
            };
            responses: {
                /** @description Observación respondida */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/car/rondas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rondas de concertación con la CAR, con observaciones, plazos y advertencias (el silencio nunca es aprobación) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rondas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Radicar una nueva ronda ante la CAR { radicadaEn } → { id, numero, estado } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 2026-03-02 */
                        radicadaEn: string;
                    };
                };
            };
            responses: {
                /** @description Ronda radicada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/car/rondas/{id}/acta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acta de la ronda (multipart: archivo, fecha, tipo = total|parcial|sin_acuerdo, puntosDesacuerdo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Acta registrada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/car/rondas/{id}/observaciones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** La CAR registra observaciones por tema { observaciones: [{ tema, texto }] } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        observaciones: {
                            /** @enum {string} */
                            tema: "determinantes_ambientales" | "riesgo" | "areas_protegidas" | "recurso_hidrico" | "otro";
                            texto: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Observaciones registradas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/concejo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registros del Concejo (radicación, cabildo abierto, sesiones, decisión) y advertencias */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Concejo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar radicación, cabildo abierto, sesión o decisión (JSON o multipart con evidencia: tipo, fecha, descripcion, decision) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Registro del Concejo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/ctp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Concepto del Consejo Territorial de Planeación, su evidencia y sus recomendaciones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CTP */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Registrar recibido del proyecto y concepto del CTP (JSON o multipart con evidencia: recibidoProyectoEn, conceptoEn, concepto) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CTP */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/ctp/recomendaciones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** El CTP registra recomendaciones (aportes de origen ctp) { recomendaciones: [{ texto, tema }] } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recomendaciones: {
                            tema?: string;
                            texto: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Recomendaciones registradas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/documentos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documentos en discusión, todas sus versiones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documentos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Cargar una nueva versión de un documento (multipart: titulo, resumen, publicar = si|no, archivo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versión cargada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/estrategia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estrategia de participación por etapa: { estrategia: [{ id, etapa, que, conQuien, cuando }] } */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Estrategia */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Agregar una línea de la estrategia { etapa, que, conQuien, cuando } → { id } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conQuien: string;
                        cuando: string;
                        /** @enum {string} */
                        etapa: "diagnostico" | "formulacion" | "concertacion" | "adopcion" | "seguimiento";
                        que: string;
                    };
                };
            };
            responses: {
                /** @description Línea agregada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/estrategia/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retirar una línea de la estrategia */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retirado */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/eventos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eventos de participación: { eventos: [{ id, tipo, titulo, fecha, lugar, agenda, …, asistentes }] } */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Eventos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un evento (taller, mesa, audiencia, exhibición, cabildo…) con fecha, lugar y agenda */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda?: string;
                        /** @example 2026-03-02 */
                        convocatoriaPublicadaEn?: string | null;
                        /** @example 2026-03-02 */
                        fecha: string;
                        lugar?: string;
                        /** @enum {string} */
                        tipo: "taller" | "mesa" | "audiencia_publica" | "exhibicion" | "cabildo_abierto" | "consejo_gobierno" | "otro";
                        titulo: string;
                    };
                };
            };
            responses: {
                /** @description Evento creado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/eventos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un evento con sus archivos; la lista de asistencia (datos personales) solo para la oficina */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evento */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Editar un evento (fecha, lugar, agenda, publicación de la convocatoria) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda?: string;
                        /** @example 2026-03-02 */
                        convocatoriaPublicadaEn?: string | null;
                        /** @example 2026-03-02 */
                        fecha: string;
                        lugar?: string;
                        /** @enum {string} */
                        tipo: "taller" | "mesa" | "audiencia_publica" | "exhibicion" | "cabildo_abierto" | "consejo_gobierno" | "otro";
                        titulo: string;
                    };
                };
            };
            responses: {
                /** @description Evento editado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/eventos/{id}/archivos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cargar la evidencia de la convocatoria, el acta o una foto del evento (multipart: clase = convocatoria|acta|foto, archivo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/eventos/{id}/asistencia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agregar asistentes digitados por la oficina → { agregados, asistentes } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asistentes: {
                            contacto?: string;
                            nombre: string;
                            organizacion?: string;
                        }[];
                        consentimiento?: boolean;
                    };
                };
            };
            responses: {
                /** @description Asistencia registrada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/eventos/{id}/asistencia/archivo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importar asistencia (multipart: archivo CSV/XLSX con columnas nombre, organizacion, contacto y consentimiento=si si trae contactos; o planilla firmada escaneada PDF/JPEG/PNG con total) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Asistencia registrada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/grupos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grupos de aportes similares */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Grupos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grupos: {
                                aportes: number;
                                codigo: string;
                                id: string;
                                tema: string;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/paquete.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paquete de evidencia de la participación (memoria DOCX y PDF, matriz CSV, archivos citados y manifiesto con SHA-256), en un ZIP */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ZIP */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/participacion/resumen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resumen de la participación y lo que falta para la radicación (con citas) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Resumen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/plan-vigente": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Registrar o corregir el plan vigente (acto de adopción y última revisión general) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 2026-03-02 */
                        adopcion: string;
                        instrumento: string;
                        /** @example 2026-03-02 */
                        revisionGeneral?: string;
                        version?: number;
                        /** @example 2026-03-02 */
                        vigenciaLargoPlazoDeclarada?: string;
                    };
                };
            };
            responses: {
                /** @description Plan guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVigente"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preparación de la revisión: inventario de información, lo que se tiene y lo que falta, y solicitudes a entidades */
        get: {
            parameters: {
                query?: {
                    tipoRevision?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Preparación */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Preparacion"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/ajustes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Guardar tipo de revisión, opción de escala del suelo suburbano, modalidad y financiación en el Plan de Desarrollo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anioPrecios?: number | null;
                        areaFuente?: string | null;
                        areaKm2?: number | null;
                        /** @enum {string} */
                        modalidad: "concurso_meritos" | "convenio_interadministrativo" | "otra";
                        /** @enum {string} */
                        opcionSuburbano: "suburbano_1_5000" | "suburbano_1_25000";
                        /** @enum {string} */
                        planDesarrollo: "si" | "no" | "no_sabe";
                        tipoRevision: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/costo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estimación de costo paso a paso (con supuestos), financiación y casos similares; dice qué dato falta */
        get: {
            parameters: {
                query?: {
                    tipoRevision?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Costo o datos faltantes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CostoRevision"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/inventario/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Registrar el estado de un ítem del inventario (lo tiene, desactualizado, falta) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        archivo?: string | null;
                        escala?: string | null;
                        /** @enum {string} */
                        estado: "tiene" | "desactualizado" | "falta" | "sin_revisar";
                        /** Format: date */
                        fecha?: string | null;
                        notas?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Guardado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/inventario/{itemId}/carta/{formato}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Carta de derecho de petición para pedir un ítem del inventario a su entidad, en DOCX o PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    formato: "docx" | "pdf";
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documento generado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/inventario/{itemId}/respuesta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Archivo de la última respuesta recibida para un ítem del inventario (204 si aún no hay) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Aún no hay respuesta con archivo */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/solicitudes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crear la solicitud (derecho de petición) de un ítem faltante a la entidad que lo tiene */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemId: string;
                        /** @enum {string} */
                        tipo?: "entre_autoridades" | "documentos" | "general" | "consulta";
                    };
                };
            };
            responses: {
                /** @description Solicitud creada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/solicitudes/{id}/archivo-respuesta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjuntar el archivo de la respuesta de la entidad (mismos controles que las evidencias) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo adjuntado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivo: string;
                            sha256: string;
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/solicitudes/{id}/estado": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrar el radicado (calcula el vencimiento) o la respuesta (cierra la solicitud) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        estado: "radicada" | "respondida";
                        /** Format: date */
                        fecha: string;
                        radicado?: string;
                        respuesta?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Solicitud actualizada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            estado: string;
                            venceEn: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/terminos-referencia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contenido de los términos de referencia (todos los productos exigidos, con su fundamento) */
        get: {
            parameters: {
                query?: {
                    equipo?: string;
                    tipoRevision?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Términos o datos faltantes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TerminosReferencia"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/preparacion/terminos-referencia/{formato}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Términos de referencia en DOCX (editable) o PDF */
        get: {
            parameters: {
                query?: {
                    equipo?: string;
                    tipoRevision?: string;
                };
                header?: never;
                path: {
                    codigo: string;
                    formato: "docx" | "pdf";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documento generado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Iniciar un proceso de revisión con su lista de chequeo por etapa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tipoRevision: string;
                    };
                };
            };
            responses: {
                /** @description Proceso iniciado */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/cierre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cerrar el proceso: registrar su adopción (acuerdo del Concejo o, vencidos 90 días, decreto del alcalde) o archivarlo
         * @description La adopción agrega el acto a la historia del plan (sus vigencias se calculan desde él). Un proceso adoptado o archivado ya no cambia.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CierreProceso"];
                };
            };
            responses: {
                /** @description Proceso cerrado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/consulta-previa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ¿Aplica consulta previa con comunidades étnicas? Respuesta del municipio con su fundamento (Convenio 169 OIT, Ley 21 de 1991) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CuerpoConsultaPrevia"];
                };
            };
            responses: {
                /** @description Proceso actualizado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/eventos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eventos del trámite por páginas, del más reciente al más antiguo (máx. 100 por página)
         * @description Paginación por cursor: «antesDe» es el valor «siguiente» de la página anterior (o «eventosSiguiente» de …/procesos/actual); «limite» va de 1 a 100 (50 por omisión). «siguiente» es null en la última página.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Cursor opaco: el valor «siguiente» de la página anterior (o «eventosSiguiente» del proceso). Sin él, la primera página. */
                    antesDe?: string;
                    /** @description Eventos por página: de 1 a 100 (50 si se omite). */
                    limite?: number;
                };
                header?: never;
                path: {
                    codigo: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Página de eventos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaginaEventos"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Registrar un evento del trámite; calcula el plazo legal que inicia */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CuerpoEvento"];
                };
            };
            responses: {
                /** @description Evento registrado */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventoRegistrado"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/eventos/{eventoId}/anulacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anular un evento con su motivo (queda en el historial), o corregirlo: se anula y se registra el evento con la fecha corregida */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    eventoId: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CuerpoAnulacion"];
                };
            };
            responses: {
                /** @description Evento anulado (y su corrección, si se pidió) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnulacionEvento"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Cambiar estado, responsable (persona y rol) o fecha de un ítem (con control de versión) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    itemId: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CambioItem"];
                };
            };
            responses: {
                /** @description Ítem actualizado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemProceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/items/{itemId}/conceptos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Concepto del interventor sobre calidad, suficiencia y pertinencia: aprueba o devuelve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    itemId: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CuerpoConcepto"];
                };
            };
            responses: {
                /** @description Proceso actualizado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/items/{itemId}/evidencias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cargar un documento que prueba el ítem (PDF, DOCX, XLSX, imágenes, GeoJSON, GeoPackage o ZIP; máx. 25 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    itemId: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evidencia guardada */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenciaCargada"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/{procesoId}/radicacion-concejo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Radicar ante el Concejo: solo si están el acta de concertación, el concepto del CTP y la consulta democrática */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    procesoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Proceso radicado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/actual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proceso en curso (o el último) con etapas, ítems, evidencias, plazos, alertas y compuerta
         * @description Respuesta acotada: los 50 eventos más recientes (con el total y el cursor de los anteriores), las versiones de evidencia y conceptos más recientes de cada ítem y las alertas más próximas, cada lista con su total. La compuerta y las alertas se calculan sobre todos los eventos.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Proceso */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proceso"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/procesos/propuesta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tipo de revisión que la ley permite hoy y tipo de plan, para «Iniciar revisión» */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Propuesta */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Propuesta"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipios/{codigo}/tablero": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tablero municipal: estado del plan, etapa actual, avance, vencidos, próximos plazos y riesgos */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tablero */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tablero"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/cadena": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadena de plazos de la aprobación (CAR → CTP → Concejo), hacia adelante o hacia atrás */
        get: {
            parameters: {
                query: {
                    desde: string;
                    direccion?: "adelante" | "atras";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pasos con fechas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pasos: components["schemas"]["PasoCadena"][];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/etapas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Etapas de la ruta de revisión con su fundamento legal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Etapas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            etapas: ({
                                citations: components["schemas"]["Cita"][];
                                id: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/eventos-tramite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eventos del trámite y el plazo legal que inicia cada uno */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tipos de evento */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tipos: components["schemas"]["TipoEventoTramite"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/festivos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Festivos de Colombia de un año (Ley 51 de 1983 y leyes posteriores) */
        get: {
            parameters: {
                query: {
                    anio: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Festivos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anio: number;
                            festivos: {
                                citations: components["schemas"]["Cita"][];
                                date: string;
                                moved: boolean;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/plazo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fecha de vencimiento de un término legal del trámite */
        get: {
            parameters: {
                query: {
                    desde: string;
                    inicioTramite?: string;
                    prorroga?: "true" | "false";
                    tramite: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Plazo con sus fuentes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plazo"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/productos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Productos y documentos exigidos por tipo de plan y tipo de revisión */
        get: {
            parameters: {
                query: {
                    tipoPlan: "POT" | "PBOT" | "EOT";
                    tipoRevision: "revision_general" | "revision_mediano_plazo" | "revision_corto_plazo" | "revision_excepcional" | "modificacion_excepcional";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Productos */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productos: components["schemas"]["Producto"][];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/tipo-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tipo de plan (POT, PBOT o EOT) según la población (Ley 388 de 1997, art. 9) */
        get: {
            parameters: {
                query?: {
                    poblacion?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tipo de plan con sus fuentes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TipoPlan"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/tipos-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tipos de revisión abiertos en una fecha, con razones, alcance y requisitos */
        get: {
            parameters: {
                query: {
                    adopcion: string;
                    contarPeriodoAdopcion?: "true" | "false";
                    /** @description Declaratoria de desastre o calamidad pública */
                    desastre?: "0" | "1" | "true" | "false";
                    /** @description Estudios básicos de amenaza y riesgo incorporados (Decreto-Ley 019 de 2012 art. 189) */
                    estudiosBasicos?: "0" | "1" | "true" | "false";
                    /** @description Estudios detallados de amenaza y riesgo que justifican cambios */
                    estudiosDetallados?: "0" | "1" | "true" | "false";
                    fecha?: string;
                    /** @description Excepcional interés público */
                    interesPublico?: "0" | "1" | "true" | "false";
                    largoPlazoDeclarado?: string;
                    revisionGeneral?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tipos de revisión */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            propuesta: string | null;
                            tiposRevision: components["schemas"]["TipoRevision"][];
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/tramites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trámites con término legal, tipo de días y fuente */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Trámites */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tramites: ({
                                citations: components["schemas"]["Cita"][];
                                /** @enum {string} */
                                dayKind: "habiles" | "calendario";
                                dayKindReason: string;
                                days: number;
                                id: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/norma/vigencia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vigencias de corto, mediano y largo plazo y estado del plan (Ley 388 art. 28, mod. Ley 902 de 2004) */
        get: {
            parameters: {
                query: {
                    adopcion: string;
                    contarPeriodoAdopcion?: "true" | "false";
                    fecha?: string;
                    largoPlazoDeclarado?: string;
                    revisionGeneral?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Vigencias con sus fuentes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vigencias"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/panorama": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Panorama nacional: estado del plan (Ley 388 art. 28), tipo de plan (art. 9) y etapa del proceso de cada municipio */
        get: {
            parameters: {
                query?: {
                    departamento?: string;
                    estado?: "vigente" | "vencido" | "sin_plan";
                    fecha?: string;
                    tipoPlan?: "POT" | "PBOT" | "EOT";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Panorama nacional */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PanoramaNacional"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/panorama/limites.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Límites municipales simplificados para el mapa nacional (GeoJSON, EPSG:4326) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeatureCollection con propiedades codigo y nombre */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
                /** @description Sin cambios (ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/panorama/limites.topojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Límites municipales para el mapa nacional como TopoJSON cuantizado (EPSG:4326, objeto municipios, id = código DANE); ADR 0025 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Topology con bordes compartidos, simplificada (Visvalingam, 1e-4 grados²) y cuantizada (10.000 pasos por eje); brotli o gzip según Accept-Encoding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Sin cambios (ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participación pública: calendario y matriz de respuestas seudonimizada (sin datos personales) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Participación */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipacionPublica"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion/aportes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Presentar un aporte desde el portal (texto, adjuntos y un lugar en el mapa); se confirma por correo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aporte recibido */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo: string;
                            confirmacion: {
                                aviso: string | null;
                                enlace: string | null;
                                enviado: boolean;
                            } | null;
                            /** @enum {string} */
                            estado: "por_confirmar" | "recibido";
                            seguimiento: string | null;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion/documentos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documentos en discusión publicados (versiones vigentes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documentos publicados */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicto de edición */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Entrada inválida */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Archivo rechazado; no se guardó nada */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion/documentos/{id}/archivo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Descargar una versión publicada de un documento en discusión */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archivo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion/limite.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Límite del municipio (simplificado, EPSG:4326) para el mapa del portal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GeoJSON FeatureCollection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/participacion/matriz.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matriz de respuestas seudonimizada en CSV (datos abiertos, sin datos personales) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (UTF-8 con BOM) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/{codigo}/seguimiento": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seguir el POT de un municipio */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Dejar de seguir el POT de un municipio */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codigo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hecho */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rol sin permiso */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No existe o sin acceso */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/participacion/confirmacion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirmar un aporte con el enlace enviado al correo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enlace: string;
                    };
                };
            };
            responses: {
                /** @description Aporte confirmado */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codigo: string;
                            municipio: string;
                            seguimiento: string;
                        };
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/participacion/seguimiento": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lo que pasó con un aporte: estado, respuesta y línea de tiempo (con su enlace de seguimiento) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enlace: string;
                    };
                };
            };
            responses: {
                /** @description Seguimiento */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeguimientoAporte"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publico/politica-datos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Política de tratamiento de datos personales vigente (versión, texto y normas) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Política vigente */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fuentes: unknown[];
                            parrafos: string[];
                            titulo: string;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sesion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sesión actual y municipios donde el usuario tiene un rol */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sesión activa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sesion"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Iniciar sesión con correo y contraseña */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contrasena: string;
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Sesión iniciada */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sesion"];
                    };
                };
                /** @description Entrada inválida */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Demasiados intentos fallidos; esperar los segundos de Retry-After */
                429: {
                    headers: {
                        /** @description Segundos de espera */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Cerrar sesión */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sesión cerrada */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sin sesión */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: página de inicio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enlaces a la definición, la conformidad y las colecciones */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: límites municipales y capas públicas de los municipios */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Colecciones */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: una colección */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Colección */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/descargas/{formato}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Descarga de una capa pública en GeoJSON, GeoPackage o Shapefile comprimido */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                    formato: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description El archivo de la capa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: elementos (limit ≤ 1000, offset, bbox, bbox-crs, crs y filtros por propiedad, p. ej. categoria=alta o codigo=25899) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeatureCollection con numberMatched, numberReturned y enlaces next/prev */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: un elemento */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                    featureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feature */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/queryables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: propiedades por las que se puede filtrar (JSON Schema) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Propiedades filtrables */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/schema+json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OGC API – Features: clases de conformidad */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description conformsTo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Parámetro no válido (excepción OGC con mensaje en español) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description La colección o el elemento no existe o no es público */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActoPlan: {
            actoAplicable: string | null;
            emisor: string | null;
            fecha: string;
            id: string;
            instrumento: string;
            objeto: string | null;
            registradoEn: string;
            /** @enum {string} */
            tipo: "adopcion" | "revision_general" | "revision_mediano_plazo" | "revision_corto_plazo" | "modificacion_excepcional" | "revision_excepcional" | "suspension_provisional" | "nulidad" | "levantamiento_suspension";
            vigenciaLargoDeclarada: string | null;
        };
        Advertencia: {
            citations: components["schemas"]["Cita"][];
            code: string;
            message: string;
        };
        AlertaPlazo: {
            diasRestantes: number;
            eventoId?: string;
            itemId?: string;
            titulo: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            venceEl: string;
        };
        AnalisisSueloAmenaza: {
            amenaza: string;
            condicionAmenaza: {
                ha: number;
                porClase: {
                    [key: string]: number;
                };
            };
            condicionRiesgo: {
                elementosHa: number | null;
                ha: number;
                prediosHa: number | null;
            } | null;
            creadoEn: string;
            escala: ({
                capaId: string;
            } & {
                [key: string]: unknown;
            })[];
            id: string;
            prediosExpuestos: ({
                codigo: string | null;
            } & {
                [key: string]: unknown;
            })[];
            prediosTotal: number;
            suelo: string;
            tabla: ({
                categoria: string;
                clase: string;
                ha: number;
            } & {
                [key: string]: unknown;
            })[];
            totalHa: number;
        } & {
            [key: string]: unknown;
        };
        AnulacionEvento: {
            corregido: components["schemas"]["EventoRegistrado"] | null;
        };
        Aporte: {
            [key: string]: unknown;
        };
        Autodiagnostico: {
            evaluacion: components["schemas"]["EvaluacionAutodiagnostico"];
            historial: {
                id: string;
                respondidoEn: string;
                respondidoPor: string | null;
                resumen: {
                    alta: number;
                    baja: number;
                    media: number;
                    preguntas: number;
                    respondidas: number;
                    total: number;
                };
            }[];
            ultimo: {
                id: string;
                respondidoEn: string;
                respondidoPor: string | null;
                respuestas: {
                    [key: string]: "si" | "parcial" | "no" | "no_sabe";
                };
            } | null;
        };
        CambioItem: {
            /** @enum {string} */
            estado?: "pendiente" | "en_curso" | "en_revision" | "aprobado" | "no_aplica";
            motivoNoAplica?: string;
            /** Format: uuid */
            responsableId?: string | null;
            /** @enum {string|null} */
            responsableRol?: "planeacion" | "alcaldia" | "consultor" | "interventor" | "consejo_territorial" | "concejo" | null;
            venceEl?: string | null;
            version: number;
        };
        Capa: {
            areaHa: number | null;
            bbox: number[] | null;
            categorias: {
                areaHa: number;
                entidades: number;
                etiqueta: string;
                valor: string | null;
            }[];
            creadoEn: string;
            crsOrigen: number;
            entidades: number;
            formato: string;
            id: string;
            metadatos: {
                autor: string | null;
                entidad: string | null;
                escala: number | null;
                estudio: string | null;
                fecha: string | null;
            };
            nombre: string;
            publica: boolean;
            tipo: string;
            tipoEtiqueta: string;
        } & {
            [key: string]: unknown;
        };
        CasoBanco: {
            acto: string | null;
            anioCosto: number | null;
            anioFin: number | null;
            anioInicio: number | null;
            codigo: string;
            codigoDepartamento: string;
            costoCop: number | null;
            departamento: string;
            documentos: {
                referencia: string;
                sha256?: string;
                tipo: string;
                titulo: string;
            }[];
            duracionMeses: number | null;
            estado: string;
            fuente: string;
            id: string;
            lecciones: string;
            modalidad: string | null;
            municipio: string;
            objeto: string;
            poblacion: number | null;
            relevancia?: number;
            resultado: string;
            tipoPlan: string;
            tipoRevision: string;
            tipoRevisionNombre?: string;
        };
        CierreProceso: {
            /** @enum {string} */
            accion: "registrar_adopcion";
            fecha: string;
            instrumento: string;
            sinNegacionExpresa?: boolean;
            version: number;
            /** @enum {string} */
            via: "acuerdo_concejo" | "decreto_alcalde";
        } | {
            /** @enum {string} */
            accion: "archivar";
            /** @enum {string} */
            motivo: "desistido" | "negado_concejo" | "retirado";
            nota?: string;
            version: number;
        };
        Cita: {
            /** @example 28 */
            article: string;
            /** @enum {string} */
            confidence?: "V" | "S" | "K" | "?";
            /** @example Ley 388 de 1997 */
            norm: string;
            note?: string;
            url?: string;
        };
        Concepto: {
            /** @enum {string} */
            calidad: "cumple" | "cumple_parcialmente" | "no_cumple";
            comentarios: string;
            /** @enum {string} */
            decision: "aprobado" | "devuelto";
            /** Format: date-time */
            emitidoEn: string;
            id: string;
            itemId: string;
            municipalityId: string;
            /** @enum {string} */
            pertinencia: "cumple" | "cumple_parcialmente" | "no_cumple";
            procesoId: string;
            /** @description Nombre del interventor. */
            revisor: string;
            revisorId: string;
            /** @enum {string} */
            suficiencia: "cumple" | "cumple_parcialmente" | "no_cumple";
        };
        CostoRevision: {
            [key: string]: unknown;
        };
        Cuenta: {
            esCiudadano: boolean;
            sesiones: {
                actual: boolean;
                creadaEn: string;
                expiraEn: string;
                id: string;
            }[];
            siguiendo: {
                codigo: string;
                departamento: string;
                nombre: string;
            }[];
        };
        CuerpoAnulacion: {
            correccion?: {
                fecha: string;
                nota?: string;
            };
            motivo: string;
        };
        CuerpoConcepto: {
            /** @enum {string} */
            calidad: "cumple" | "cumple_parcialmente" | "no_cumple";
            comentarios: string;
            /** @enum {string} */
            decision: "aprobado" | "devuelto";
            /** @enum {string} */
            pertinencia: "cumple" | "cumple_parcialmente" | "no_cumple";
            /** @enum {string} */
            suficiencia: "cumple" | "cumple_parcialmente" | "no_cumple";
        };
        CuerpoConsultaPrevia: {
            /** @enum {string} */
            decision: "sin_determinar" | "no_aplica" | "aplica";
            /** @default  */
            motivo: string;
        };
        CuerpoEvento: {
            fecha: string;
            nota?: string;
            tipo: string;
        };
        CuestionarioAutodiagnostico: {
            etapas: {
                id: string;
                nombre: string;
                preguntas: {
                    citas: components["schemas"]["Cita"][];
                    id: string;
                    riesgo: {
                        /** @enum {string} */
                        severidad: "alta" | "media" | "baja";
                        titulo: string;
                    };
                    texto: string;
                }[];
            }[];
            respuestasPosibles: {
                etiqueta: string;
                /** @enum {string} */
                valor: "si" | "parcial" | "no" | "no_sabe";
            }[];
        };
        DecisionJudicialPlan: {
            actoAplicable: string | null;
            fecha: string;
            instrumento: string;
            /** @enum {string} */
            kind: "suspension_provisional" | "nulidad";
            warning: components["schemas"]["Advertencia"];
        } | null;
        Equipo: {
            historial: {
                actor: string;
                descripcion: string;
                ocurridoEn: string;
            }[];
            invitaciones: {
                creadaEn: string;
                email: string;
                expiraEn: string;
                id: string;
                invitadaPor: string | null;
                rol: string;
                rolEtiqueta: string;
                vencida: boolean;
            }[];
            miembros: {
                activo: boolean;
                email: string;
                nombre: string;
                roles: {
                    desde: string;
                    etiqueta: string;
                    gestionable: boolean;
                    rol: string;
                }[];
                usuarioId: string;
            }[];
            rolesInvitables: {
                etiqueta: string;
                rol: string;
            }[];
        };
        Error: {
            error: {
                codigo: string;
                detalles?: unknown;
                /** @example No encontrado, o no tiene acceso a este municipio. */
                mensaje: string;
            };
        };
        EstadoPot: {
            actos: components["schemas"]["ActoPlan"][];
            fecha: string;
            judicial: components["schemas"]["DecisionJudicialPlan"];
            municipio: {
                codigo: string;
                nombre: string;
            } & {
                [key: string]: unknown;
            };
            periodos: {
                end: string;
                start: string;
                years: number;
            }[];
            plan: components["schemas"]["PlanVigente"];
            plazos: components["schemas"]["PasoCadena"][];
            propuesta: string | null;
            tipoPlan: components["schemas"]["TipoPlan"] & (Record<string, never> | null);
            tiposRevision: components["schemas"]["TipoRevision"][];
            ultimaFechaUtil: ({
                explanation: string;
                latestPresentationToConcejo: string;
                termEnd: string;
            } & {
                [key: string]: unknown;
            }) | null;
            vigencias: components["schemas"]["Vigencias"] & (Record<string, never> | null);
        } & {
            [key: string]: unknown;
        };
        Etapa: {
            id: string;
            items: components["schemas"]["Item"][];
            nombre: string;
            progreso: {
                aprobados: number;
                enCurso: number;
                noAplica: number;
                total: number;
            };
        };
        EvaluacionAutodiagnostico: {
            answered: number;
            counts: {
                alta: number;
                baja: number;
                media: number;
                total: number;
            };
            risks: {
                actions: string[];
                citations: components["schemas"]["Cita"][];
                description: string;
                id: string;
                /** @enum {string} */
                kind: "incumplimiento" | "parcial" | "falta_informacion";
                questionId: string;
                /** @enum {string} */
                severity: "alta" | "media" | "baja";
                stage: string;
                title: string;
            }[];
            stages: {
                actions: string[];
                answered: number;
                name: string;
                riskCount: number;
                score: number | null;
                stage: string;
                total: number;
            }[];
            total: number;
        };
        EventoRegistrado: {
            /** @description Lo que el orden legal dice del evento (se registra de todos modos). */
            advertencias: components["schemas"]["ProblemaOrdenEvento"][];
            citas: components["schemas"]["Cita"][];
            etiqueta: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            fecha: string;
            id: string;
            municipalityId: string;
            nota: string | null;
            procesoId: string;
            queVence: string | null;
            reemplazaA: string | null;
            /** Format: date-time */
            registradoEn: string;
            registradoPor: string;
            tipo: string;
            /** @enum {string|null} */
            tipoDias: "habiles" | "calendario" | null;
            tramite: string | null;
            /**
             * Format: date
             * @example 2026-03-02
             */
            venceEl: string | null;
        };
        EventoTramite: {
            anulado: {
                /** Format: date-time */
                en: string;
                motivo: string;
            } | null;
            citas: components["schemas"]["Cita"][];
            etiqueta: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            fecha: string;
            id: string;
            nota: string | null;
            /** @description Lo que vence en «venceEl» («Concepto del Consejo Territorial de Planeación»). */
            queVence: string | null;
            reemplazaA: string | null;
            tipo: string;
            /** @enum {string|null} */
            tipoDias: "habiles" | "calendario" | null;
            tramite: string | null;
            /**
             * Format: date
             * @example 2026-03-02
             */
            venceEl: string | null;
        };
        Evidencia: {
            bytes: number;
            id: string;
            nombreArchivo: string;
            sha256: string;
            /** Format: date-time */
            subidoEn: string;
            /** @description Nombre de quien la cargó. */
            subidoPor: string;
            tipoMime: string;
            version: number;
        };
        EvidenciaCargada: {
            bytes: number;
            id: string;
            itemId: string;
            municipalityId: string;
            nombreArchivo: string;
            procesoId: string;
            sha256: string;
            /** Format: date-time */
            subidoEn: string;
            /** @description Identificador de quien la cargó. */
            subidoPor: string;
            tipoMime: string;
            version: number;
        };
        Expediente: {
            anio: number;
            indicadores: {
                [key: string]: unknown;
            }[];
            tipoPlan: string | null;
        } & {
            [key: string]: unknown;
        };
        Faltante: {
            citas: components["schemas"]["Cita"][];
            mensaje: string;
            requisito: string;
        };
        Item: {
            citas: components["schemas"]["Cita"][];
            /** @description Los 10 conceptos más recientes; «conceptosTotal» cuenta todos. */
            conceptos: components["schemas"]["Concepto"][];
            conceptosTotal: number;
            condicion: string | null;
            descripcion: string;
            escalas: string[];
            /** @enum {string} */
            estado: "pendiente" | "en_curso" | "en_revision" | "devuelto" | "aprobado" | "no_aplica";
            etapa: string;
            /** @description Las 10 versiones más recientes, de la más antigua a la más reciente; «evidenciasTotal» cuenta todas. */
            evidencias: components["schemas"]["Evidencia"][];
            evidenciasTotal: number;
            id: string;
            motivoNoAplica: string | null;
            nombre: string;
            requerido: boolean;
            responsable: {
                id: string;
                nombre: string;
            } | null;
            /** @enum {string|null} */
            responsableRol: "planeacion" | "alcaldia" | "consultor" | "interventor" | "consejo_territorial" | "concejo" | null;
            /** @description null sin persona o sin rol; false si la persona no tiene ese rol en el municipio (se avisa, no se impide). */
            responsableTieneRol: boolean | null;
            rolSugerido: components["schemas"]["RolSugerido"] | null;
            /**
             * Format: date
             * @example 2026-03-02
             */
            venceEl: string | null;
            version: number;
        };
        ItemProceso: {
            /** Format: date-time */
            actualizadoEn: string;
            actualizadoPor: string | null;
            citas: components["schemas"]["Cita"][];
            condicion: string | null;
            descripcion: string;
            escalas: string[];
            /** @enum {string} */
            estado: "pendiente" | "en_curso" | "en_revision" | "devuelto" | "aprobado" | "no_aplica";
            etapa: string;
            id: string;
            motivoNoAplica: string | null;
            municipalityId: string;
            nombre: string;
            orden: number;
            procesoId: string;
            requerido: boolean;
            responsableId: string | null;
            /** @enum {string|null} */
            responsableRol: "planeacion" | "alcaldia" | "consultor" | "interventor" | "consejo_territorial" | "concejo" | null;
            /**
             * Format: date
             * @example 2026-03-02
             */
            venceEl: string | null;
            version: number;
        };
        Municipio: {
            anioPoblacion: number | null;
            codigo: string;
            codigoDepartamento: string;
            departamento: string;
            fuentePoblacion: string | null;
            latitud: number | null;
            longitud: number | null;
            nombre: string;
            poblacion: number | null;
            tipo: string | null;
        };
        PaginaEventos: {
            /** @description Del más reciente al más antiguo (por fecha y luego id); a lo sumo 100. */
            eventos: components["schemas"]["EventoTramite"][];
            /** @description Cursor de la página siguiente (eventos más antiguos); null si no hay más. */
            siguiente: string | null;
            /** @description Eventos del proceso en total. */
            total: number;
        };
        PanoramaNacional: {
            fecha: string;
            fuentes: ({
                article: string;
                norm: string;
            } & {
                [key: string]: unknown;
            })[];
            municipios: {
                codigo: string;
                codigoDepartamento: string;
                departamento: string;
                /** @enum {string} */
                estadoPlan: "vigente" | "vencido" | "sin_plan";
                inicioFormulacion: string | null;
                nombre: string;
                poblacion: number | null;
                procesoEtapa: string | null;
                procesoIniciado: string | null;
                procesoTipo: string | null;
                /** @enum {string|null} */
                tipoPlan: "POT" | "PBOT" | "EOT" | null;
                vigenciaLargoPlazo: string | null;
            }[];
            resumen: {
                sin_plan: number;
                total: number;
                vencido: number;
                vigente: number;
            };
        };
        ParticipacionPublica: {
            columnas: string[];
            eventos: {
                asistentes: number;
                fecha: string;
                lugar: string;
                tipo: string;
                titulo: string;
            }[];
            matriz: string[][];
            municipio: {
                codigo: string;
                departamento: string;
                nombre: string;
            };
        };
        Participante: {
            nombre: string;
            rol: string;
            rolEtiqueta: string;
            usuarioId: string;
        };
        PasoCadena: {
            citations: components["schemas"]["Cita"][];
            /** @enum {string} */
            dayKind: "habiles" | "calendario";
            dueOn: string;
            label: string;
            startsOn: string;
            step: string;
        };
        Permisos: {
            aprobar: boolean;
            editarItems: boolean;
            emitirConcepto: boolean;
            radicar: boolean;
            registrarEventos: boolean;
            subirEvidencia: boolean;
        };
        PlanVigente: {
            adopcion: string;
            instrumento: string;
            revisionGeneral?: string;
            version: number;
            vigenciasDeclaradas?: {
                longTermEnd?: string;
            };
        } | null;
        Plazo: {
            citations: components["schemas"]["Cita"][];
            /** @enum {string} */
            dayKind: "habiles" | "calendario";
            dayKindReason: string;
            days: number;
            dueOn: string;
            explanation: string;
            from: string;
            name: string;
            procedure: string;
            warnings: components["schemas"]["Advertencia"][];
        } & {
            [key: string]: unknown;
        };
        Preparacion: {
            [key: string]: unknown;
        };
        ProblemaOrdenEvento: {
            citas: components["schemas"]["Cita"][];
            mensaje: string;
            /** @enum {string} */
            nivel: "bloquea" | "advierte";
        };
        Proceso: {
            /** @description A lo sumo 50 vencidas y 50 próximas (las de plazo más cercano), con los totales. */
            alertas: {
                proximos: components["schemas"]["AlertaPlazo"][];
                totalProximos: number;
                totalVencidos: number;
                vencidos: components["schemas"]["AlertaPlazo"][];
            };
            /** @description Si el proyecto puede radicarse ante el Concejo, y qué falta. */
            compuerta: {
                advertencias: components["schemas"]["Advertencia"][];
                faltantes: components["schemas"]["Faltante"][];
                ok: boolean;
            };
            /** @description «¿Aplica consulta previa?», respondida por el municipio con su fundamento (Convenio 169 OIT). */
            consultaPrevia: {
                /** @enum {string} */
                decision: "sin_determinar" | "no_aplica" | "aplica";
                motivo: string | null;
            };
            /** @enum {string} */
            estado: "en_curso" | "radicado_concejo" | "adoptado" | "archivado";
            etapaActual: string;
            /** @description Etapas con sus ítems (acotados por el catálogo legal); por ítem, a lo sumo las 10 versiones de evidencia y los 10 conceptos más recientes, con «evidenciasTotal» y «conceptosTotal». */
            etapas: components["schemas"]["Etapa"][];
            /** @description Los 50 eventos más recientes, del más reciente al más antiguo; los demás en GET …/procesos/{procesoId}/eventos?antesDe=«eventosSiguiente». */
            eventos: components["schemas"]["EventoTramite"][];
            /** @description Cursor para pedir los eventos anteriores; null si «eventos» ya los trae todos. */
            eventosSiguiente: string | null;
            eventosTotal: number;
            /**
             * Format: date
             * @example 2026-03-02
             */
            fechaBase: string;
            id: string;
            /** Format: date-time */
            iniciadoEn: string;
            participantes: components["schemas"]["Participante"][];
            permisos: components["schemas"]["Permisos"];
            tipoPlan: string;
            tipoRevision: string;
            tipoRevisionEtiqueta: string;
            version: number;
        };
        Producto: {
            citations: components["schemas"]["Cita"][];
            condition?: string;
            description: string;
            id: string;
            name: string;
            required: boolean;
            scales?: string[];
            stage: string;
        } & {
            [key: string]: unknown;
        };
        Propuesta: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            fecha: string;
            /** @description El plan vigente; null si el municipio aún no lo registra. */
            plan: {
                /**
                 * Format: date
                 * @example 2026-03-02
                 */
                adopcion: string;
                instrumento: string;
                /**
                 * Format: date
                 * @example 2026-03-02
                 */
                revisionGeneral?: string;
                version: number;
                vigenciasDeclaradas?: {
                    /**
                     * Format: date
                     * @example 2026-03-02
                     */
                    longTermEnd?: string;
                };
            } | null;
            propuesta: string | null;
            tipoPlan: components["schemas"]["TipoPlan"] | null;
            tiposRevision: components["schemas"]["TipoRevision"][];
        };
        RegistroAportes: {
            aportes: {
                codigo: string;
                esPeticion: boolean;
                estado: string;
                estadoEtiqueta: string;
                grupo: string | null;
                id: string;
                origen: string;
                recibidoEn: string;
                tema: string | null;
                texto: string;
                tieneGeometria: boolean;
                venceEn: string | null;
            }[];
            porEstado: {
                [key: string]: number;
            };
            siguiente: string | null;
        };
        RolSugerido: {
            /** @enum {string} */
            base: "norma" | "practica";
            citas: components["schemas"]["Cita"][];
            nota: string;
            /** @enum {string} */
            rol: "planeacion" | "alcaldia" | "consultor" | "interventor" | "consejo_territorial" | "concejo";
            /**
             * @description Rol si el municipio hace el producto sin consultor.
             * @enum {string|null}
             */
            rolDirecto: "planeacion" | "alcaldia" | "consultor" | "interventor" | "consejo_territorial" | "concejo" | null;
        };
        Salud: {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            durabilidad: string;
            postgis: string;
            /** @enum {string} */
            status: "ok";
        };
        SeguimientoAporte: {
            codigo: string;
            estado: string;
            estadoEtiqueta: string;
            grupo: string | null;
            lineaTiempo: {
                en: string;
                texto: string;
            }[];
            municipio: {
                codigo: string;
                departamento: string;
                nombre: string;
            };
            recibidoEn: string;
            respuesta: {
                articulo: string | null;
                documentoVersion: string | null;
                elementoMapa: string | null;
                etiqueta: string;
                razones: string;
                resultado: string;
            } | null;
            tema: string | null;
            texto: string;
        };
        Sesion: {
            membresias: {
                municipio: {
                    codigo: string;
                    departamento: string;
                    nombre: string;
                };
                rol: string;
                rolEtiqueta: string;
            }[];
            usuario: {
                email: string;
                esAdministrador: boolean;
                id: string;
                nombre: string;
            };
        };
        Tablero: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            fecha: string;
            municipio: {
                codigo: string;
                departamento: string;
                nombre: string;
            };
            plan: {
                citas: components["schemas"]["Cita"][];
                /** @enum {string} */
                estado: "vigente" | "vencido" | "sin_plan";
                explicacion: string;
                /** @enum {string|null} */
                tipoPlan: "POT" | "PBOT" | "EOT" | null;
                /**
                 * Format: date
                 * @example 2026-03-02
                 */
                vigenciaLargoPlazo: string | null;
            };
            proceso: {
                /** @description Ítems devueltos para ajustes por el interventor. */
                devueltos: {
                    etapa: string;
                    id: string;
                    nombre: string;
                }[];
                /** @enum {string} */
                estado: "en_curso" | "radicado_concejo" | "adoptado" | "archivado";
                etapaActual: string;
                etapaActualNombre: string;
                id: string;
                progresoPorEtapa: {
                    etapa: string;
                    hechos: number;
                    nombre: string;
                    total: number;
                }[];
                proximos: components["schemas"]["AlertaPlazo"][];
                tipoRevisionEtiqueta: string;
                totalProximos: number;
                totalVencidos: number;
                vencidos: components["schemas"]["AlertaPlazo"][];
            } | null;
            riesgos: {
                etapa: string;
                /** @enum {string} */
                severidad: "alta" | "media" | "baja";
                titulo: string;
            }[];
        };
        TerminosReferencia: {
            [key: string]: unknown;
        };
        TipoEventoTramite: {
            citas: components["schemas"]["Cita"][];
            etiqueta: string;
            tipo: string;
            tramite: string | null;
        };
        TipoPlan: {
            citations: components["schemas"]["Cita"][];
            explanation: string;
            /** @enum {string} */
            planType: "POT" | "PBOT" | "EOT";
            warnings: components["schemas"]["Advertencia"][];
        } & {
            [key: string]: unknown;
        };
        TipoRevision: {
            citations: components["schemas"]["Cita"][];
            label: string;
            mayChange: string[];
            open: boolean;
            reasons: string[];
            requires: string[];
            type: string;
            warnings: components["schemas"]["Advertencia"][];
        } & {
            [key: string]: unknown;
        };
        Vigencias: {
            citations: components["schemas"]["Cita"][];
            formulationStart: string;
            longTermEnd: string;
            mediumTermEnd: string;
            shortTermEnd: string;
            /** @enum {string} */
            status: "vigente" | "vencido";
            statusExplanation: string;
            warnings: components["schemas"]["Advertencia"][];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
