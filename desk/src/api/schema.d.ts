// Generated from the server's /openapi.json by scripts/desk-api-types.ts (npm run desk:api). Do not edit.

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, newest first
         * @description Allowed: staff roles owner.
         */
        get: {
            parameters: {
                query: {
                    actor_id?: number;
                    entity_id?: number;
                    entity_type?: string;
                    /** @description first day, in the gym's time zone */
                    from?: string;
                    page: number;
                    per_page: number;
                    /** @description last day (inclusive), in the gym's time zone */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    action: string;
                                    actor_id: number | null;
                                    actor_role: string | null;
                                    branch_id: number | null;
                                    changes: {
                                        [key: string]: {
                                            after: unknown;
                                            before: unknown;
                                        };
                                    };
                                    /** Format: date-time */
                                    created_at: string;
                                    entity_id: number | null;
                                    entity_type: string;
                                    id: number;
                                    request_id: string | null;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password; your other sessions end, this one stays
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
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
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description other sessions signed out */
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/gym": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The gym's time zone and currency, for showing dates and money
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description ISO 4217 code money is shown in (GYM_CURRENCY); amounts are minor units */
                                currency: string;
                                /** @description IANA time zone that defines the gym's days (GYM_TIMEZONE) */
                                timezone: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password
         * @description With `?refresh_cookie=true` the refresh token is set in the HttpOnly, SameSite=Strict cookie `spotter_staff_refresh` (path /api/auth/refresh) and `refresh_token` is absent from the body.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true (browsers): the refresh token is set as an HttpOnly cookie scoped to /api/auth/refresh and left out of the body */
                    refresh_cookie?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                access_token: string;
                                /** @description Access-token lifetime in seconds */
                                expires_in: number;
                                /** @description absent when the refresh token was set as a cookie (refresh_cookie=true) */
                                refresh_token?: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                                user: {
                                    branch_id: number | null;
                                    email: string | null;
                                    full_name: string;
                                    id: number;
                                    is_active: boolean;
                                    phone: string | null;
                                    /** @enum {unknown} */
                                    role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                    username: string;
                                };
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session, or every session with ?all=true
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true ends every session of the account */
                    all?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in staff account
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the refresh token
         * @description Send the token in the body (or as a bearer token). A browser holding the `spotter_staff_refresh` cookie sends no token and the header `X-Spotter-Desk: 1` instead (CSRF guard); the new token then replaces the cookie. With `?refresh_cookie=true` the refresh token is set in the HttpOnly, SameSite=Strict cookie `spotter_staff_refresh` (path /api/auth/refresh) and `refresh_token` is absent from the body.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true (browsers): the refresh token is set as an HttpOnly cookie scoped to /api/auth/refresh and left out of the body */
                    refresh_cookie?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                access_token: string;
                                /** @description Access-token lifetime in seconds */
                                expires_in: number;
                                /** @description absent when the refresh token was set as a cookie (refresh_cookie=true) */
                                refresh_token?: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Branches (branch roles see only their own)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query: {
                    is_active?: boolean;
                    page: number;
                    per_page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    address: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    id: number;
                                    is_active: boolean;
                                    name: string;
                                    phone: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a branch
         * @description Allowed: staff roles owner.
         */
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
                        address?: string | null;
                        name: string;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: number;
                                is_active: boolean;
                                name: string;
                                phone: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/branches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One branch
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: number;
                                is_active: boolean;
                                name: string;
                                phone: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        /**
         * Update name, address or phone
         * @description Allowed: staff roles owner.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description Only the fields sent change. */
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        name?: string;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: number;
                                is_active: boolean;
                                name: string;
                                phone: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
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
    "/api/branches/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a branch again
         * @description Allowed: staff roles owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: number;
                                is_active: boolean;
                                name: string;
                                phone: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/branches/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a branch (no new staff can be placed in it)
         * @description Allowed: staff roles owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: number;
                                is_active: boolean;
                                name: string;
                                phone: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/entry-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approved visits, newest first
         * @description Allowed: members (client token).
         */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                entries: {
                                    branch_name: string | null;
                                    coins_used: number;
                                    /** Format: date-time */
                                    entry_time: string;
                                    /** @enum {unknown} */
                                    entry_type: "qr_scan" | "barcode" | "manual";
                                    id: number;
                                }[];
                                limit: number;
                                offset: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session (the presented refresh token), or every session with ?all=true
         * @description Allowed: members (client token).
         */
        post: {
            parameters: {
                query?: {
                    /** @description true ends every session of the account */
                    all?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member's profile, with BMI
         * @description Allowed: members (client token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                active_subscription: {
                                    /** Format: date */
                                    end_date: string;
                                    freeze_days_remaining: number;
                                    id: number;
                                    /** @description coin plans only */
                                    remaining_coins?: number;
                                    remaining_days: number;
                                    /** @description session and training plans only */
                                    remaining_sessions?: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    /** @description coin plans only */
                                    total_coins?: number;
                                    /** @description session and training plans only */
                                    total_sessions?: number;
                                } | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                branch_name: string | null;
                                email: string | null;
                                full_name: string;
                                has_active_subscription: boolean;
                                height: number | null;
                                id: number;
                                phone: string;
                                qr_code: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
        /**
         * Update weight (kg) and/or height (cm); nothing else is editable by the member
         * @description Allowed: members (client token).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description cm */
                        height?: number;
                        /** @description kg */
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                active_subscription: {
                                    /** Format: date */
                                    end_date: string;
                                    freeze_days_remaining: number;
                                    id: number;
                                    /** @description coin plans only */
                                    remaining_coins?: number;
                                    remaining_days: number;
                                    /** @description session and training plans only */
                                    remaining_sessions?: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    /** @description coin plans only */
                                    total_coins?: number;
                                    /** @description session and training plans only */
                                    total_sessions?: number;
                                } | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                branch_name: string | null;
                                email: string | null;
                                full_name: string;
                                has_active_subscription: boolean;
                                height: number | null;
                                id: number;
                                phone: string;
                                qr_code: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fresh signed QR pass (expires after QR_TOKEN_TTL seconds)
         * @description Allowed: members (client token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                customer_name: string;
                                /** Format: date-time */
                                expires_at: string;
                                has_active_subscription: boolean;
                                /** @description The member's static card number, for staff to type */
                                qr_code: string;
                                /** @description PNG whose QR content is qr_token */
                                qr_image_base64: string;
                                /** @description Ed25519-signed pass the door scans; verify with GET /api/entries/qr-keys */
                                qr_token: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the refresh token: a new access token and a new refresh token
         * @description Send the refresh token in the body or as `Authorization: Bearer <refresh>`. A spent refresh token presented again ends the session, except within REFRESH_REUSE_INTERVAL seconds of its rotation.
         */
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
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                access_token: string;
                                /** @description Access-token lifetime in seconds */
                                expires_in: number;
                                refresh_token: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/refresh-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Same as GET /qr; for the app to call when the pass is about to expire
         * @description Allowed: members (client token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                customer_name: string;
                                /** Format: date-time */
                                expires_at: string;
                                has_active_subscription: boolean;
                                /** @description The member's static card number, for staff to type */
                                qr_code: string;
                                /** @description PNG whose QR content is qr_token */
                                qr_image_base64: string;
                                /** @description Ed25519-signed pass the door scans; verify with GET /api/entries/qr-keys */
                                qr_token: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/request-activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a 6-digit sign-in code by SMS (phone) or email
         * @description Answers the same for unknown, inactive and existing members.
         */
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
                        /** @description Phone number or email address */
                        identifier?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Seconds the code stays valid */
                                expires_in: number;
                                identifier_type: "phone" | "email";
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member's signed-in devices
         * @description Allowed: members (client token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                sessions: {
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description true for the session making this request */
                                    current: boolean;
                                    id: number;
                                    /** Format: date-time */
                                    last_used_at: string;
                                    user_agent: string | null;
                                }[];
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one signed-in device
         * @description Allowed: members (client token).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: null;
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current subscription and history
         * @description Allowed: members (client token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                current_subscription: {
                                    /** Format: date */
                                    end_date: string;
                                    freeze_days_remaining: number;
                                    id: number;
                                    /** @description coin plans only */
                                    remaining_coins?: number;
                                    remaining_days: number;
                                    /** @description session and training plans only */
                                    remaining_sessions?: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    /** @description coin plans only */
                                    total_coins?: number;
                                    /** @description session and training plans only */
                                    total_sessions?: number;
                                } | null;
                                subscription_history: {
                                    /** Format: date */
                                    end_date: string;
                                    freeze_days_remaining: number;
                                    id: number;
                                    /** @description coin plans only */
                                    remaining_coins?: number;
                                    remaining_days: number;
                                    /** @description session and training plans only */
                                    remaining_sessions?: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    /** @description coin plans only */
                                    total_coins?: number;
                                    /** @description session and training plans only */
                                    total_sessions?: number;
                                }[];
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/clients/verify-activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the code for tokens */
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
                        /** @description The 6-digit code */
                        activation_code: string;
                        identifier?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                access_token: string;
                                client: {
                                    active_subscription: {
                                        /** Format: date */
                                        end_date: string;
                                        freeze_days_remaining: number;
                                        id: number;
                                        /** @description coin plans only */
                                        remaining_coins?: number;
                                        remaining_days: number;
                                        /** @description session and training plans only */
                                        remaining_sessions?: number;
                                        service_name: string;
                                        service_type: string;
                                        /** Format: date */
                                        start_date: string;
                                        /** @enum {unknown} */
                                        status: "active" | "frozen" | "stopped" | "expired";
                                        /** @enum {unknown} */
                                        subscription_type: "time_based" | "coins" | "sessions" | "training";
                                        /** @description coin plans only */
                                        total_coins?: number;
                                        /** @description session and training plans only */
                                        total_sessions?: number;
                                    } | null;
                                    bmi: number | null;
                                    bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                    branch_name: string | null;
                                    email: string | null;
                                    full_name: string;
                                    has_active_subscription: boolean;
                                    height: number | null;
                                    id: number;
                                    phone: string;
                                    qr_code: string;
                                    weight: number | null;
                                };
                                /** @description Access-token lifetime in seconds */
                                expires_in: number;
                                refresh_token: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members in your scope: search, filter, sort and page
         * @description Allowed: staff roles owner, branch_manager, front_desk, central_accountant, accountant, trainer.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    is_active?: boolean;
                    page: number;
                    per_page: number;
                    /** @description part of the name, phone, email or card number (any case) */
                    search?: string;
                    sort: "name" | "-name" | "created_at" | "-created_at" | "id" | "-id";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    address: string | null;
                                    bmi: number | null;
                                    bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                    bmr: number | null;
                                    branch_id: number | null;
                                    branch_name: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    daily_calories: number | null;
                                    date_of_birth: string | null;
                                    email: string | null;
                                    full_name: string;
                                    gender: ("male" | "female") | null;
                                    health_notes: string | null;
                                    height: number | null;
                                    id: number;
                                    ideal_weight: number | null;
                                    is_active: boolean;
                                    national_id: string | null;
                                    /** @description stored normalised (E.164 when the region is known) */
                                    phone: string;
                                    /** @description the member's static card number */
                                    qr_code: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    weight: number | null;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a member (a card number is assigned)
         * @description Phone and email are stored normalised; a phone or email already in use answers 409 DUPLICATE naming the field.
         *
         *     Allowed: staff roles owner, branch_manager, front_desk.
         */
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
                        address?: string | null;
                        /** @description defaults to your branch; branch staff can only use their own */
                        branch_id?: number;
                        date_of_birth?: string | null;
                        email?: string | null;
                        full_name: string;
                        gender?: ("male" | "female") | null;
                        health_notes?: string | null;
                        height?: number | null;
                        national_id?: string | null;
                        /** @description any usual form; stored normalised */
                        phone: string;
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member, with health figures
         * @description Allowed: staff roles owner, branch_manager, front_desk, central_accountant, accountant, trainer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        /**
         * Change a member's details (send only the fields that change; null clears an optional one)
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @description defaults to your branch; branch staff can only use their own */
                        branch_id?: number;
                        date_of_birth?: string | null;
                        email?: string | null;
                        full_name?: string;
                        gender?: ("male" | "female") | null;
                        health_notes?: string | null;
                        height?: number | null;
                        national_id?: string | null;
                        /** @description any usual form; stored normalised */
                        phone?: string;
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
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
    "/api/customers/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a member
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/customers/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a member: the door refuses them and every session of the members' app ends at once
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/customers/{id}/regenerate-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the member a new card number; the old one stops working
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quick search by name, phone, email or card number (at most 20, by name)
         * @description Allowed: staff roles owner, branch_manager, front_desk, central_accountant, accountant, trainer.
         */
        get: {
            parameters: {
                query: {
                    /** @description part of the name, phone, email or card number */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                address: string | null;
                                bmi: number | null;
                                bmi_category: ("Underweight" | "Normal" | "Overweight" | "Obese") | null;
                                bmr: number | null;
                                branch_id: number | null;
                                branch_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                daily_calories: number | null;
                                date_of_birth: string | null;
                                email: string | null;
                                full_name: string;
                                gender: ("male" | "female") | null;
                                health_notes: string | null;
                                height: number | null;
                                id: number;
                                ideal_weight: number | null;
                                is_active: boolean;
                                national_id: string | null;
                                /** @description stored normalised (E.164 when the region is known) */
                                phone: string;
                                /** @description the member's static card number */
                                qr_code: string;
                                /** Format: date-time */
                                updated_at: string;
                                weight: number | null;
                            }[];
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check-in attempts, newest first, by branch, member, status and gym-local date range
         * @description Allowed: staff roles owner, branch_manager, front_desk, accountant, central_accountant.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    customer_id?: number;
                    entry_status?: "approved" | "denied";
                    /** @description Gym-local day (GYM_TIMEZONE), inclusive */
                    from?: string;
                    page: number;
                    per_page: number;
                    /** @description Gym-local day (GYM_TIMEZONE), inclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description The gym-local day of the entry
                                     */
                                    business_date: string;
                                    coins_used: number;
                                    customer_id: number | null;
                                    customer_name: string | null;
                                    /** @enum {unknown} */
                                    entry_status: "approved" | "denied";
                                    /** Format: date-time */
                                    entry_time: string;
                                    /** @enum {unknown} */
                                    entry_type: "qr_scan" | "barcode" | "manual";
                                    id: number;
                                    /**
                                     * @description OK, or why the door said no
                                     * @enum {unknown}
                                     */
                                    reason: "OK" | "NO_ACTIVE_SUBSCRIPTION" | "SUBSCRIPTION_FROZEN" | "SUBSCRIPTION_EXPIRED" | "NO_COINS_LEFT" | "NO_SESSIONS_LEFT" | "ACCOUNT_INACTIVE" | "QR_EXPIRED" | "QR_INVALID" | "OUTSIDE_ENTRY_HOURS" | "ALREADY_CHECKED_IN";
                                    sessions_used: number;
                                    staff_id: number | null;
                                    staff_name: string | null;
                                    subscription_id: number | null;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/entries/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a member in by QR pass, static card number (ALLOW_STATIC_QR) or member id
         * @description Answers 200 for both allow and deny, with the reason. Every attempt is recorded. A QR pass is single-use: once it has let someone in, showing it again is denied ALREADY_CHECKED_IN, unless the same staff member resends it within 10 seconds (a network retry): that, like a resend with the same Idempotency-Key header, answers the first result with replayed true, recording and charging nothing. A member this desk may not see is answered with customer null.
         *
         *     Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried manual or card-number check-in count once (a QR pass needs none: it is single-use, and the same desk resending it within seconds is taken as a retry) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description Exactly one of qr_token, qr_code or customer_id */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The door's branch; for roles that work across branches (others check in at their own branch) */
                        branch_id?: number;
                        /** @description Manual check-in */
                        customer_id?: number;
                        /** @description Static card number (only when ALLOW_STATIC_QR) */
                        qr_code?: string;
                        /** @description The member's rotating QR pass */
                        qr_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                allowed: boolean;
                                customer: {
                                    full_name: string;
                                    id: number;
                                    phone: string;
                                    qr_code: string;
                                } | null;
                                entry_id: number;
                                /** Format: date-time */
                                entry_time: string;
                                /** @enum {unknown} */
                                entry_type: "qr_scan" | "barcode" | "manual";
                                /**
                                 * @description OK, or why the door said no
                                 * @enum {unknown}
                                 */
                                reason: "OK" | "NO_ACTIVE_SUBSCRIPTION" | "SUBSCRIPTION_FROZEN" | "SUBSCRIPTION_EXPIRED" | "NO_COINS_LEFT" | "NO_SESSIONS_LEFT" | "ACCOUNT_INACTIVE" | "QR_EXPIRED" | "QR_INVALID" | "OUTSIDE_ENTRY_HOURS" | "ALREADY_CHECKED_IN";
                                /** @description true when this answers a network retry of an earlier scan (the same QR pass from the same staff member within seconds, or the same Idempotency-Key): nothing new was recorded or charged, because the admission was already counted. A device that retried because it lost the first answer should act on `allowed` as usual */
                                replayed: boolean;
                                subscription: {
                                    /** Format: date */
                                    end_date: string;
                                    freeze_days_remaining: number;
                                    id: number;
                                    /** @description coin plans only */
                                    remaining_coins?: number;
                                    remaining_days: number;
                                    /** @description session and training plans only */
                                    remaining_sessions?: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    /** @description coin plans only */
                                    total_coins?: number;
                                    /** @description session and training plans only */
                                    total_sessions?: number;
                                } | null;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/entries/qr-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JWKS with the Ed25519 public keys that sign QR passes (for offline verification) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: unknown;
                            }[];
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
    "/api/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans in your scope, by name
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: {
                    /** @description plans on sale at this branch: its own and the chain-wide ones */
                    branch_id?: number;
                    is_active?: boolean;
                    service_type?: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                    subscription_type?: "time_based" | "coins" | "sessions" | "training";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a plan
         * @description Without branch_id the plan belongs to your branch (a manager) or to every branch (the owner).
         *
         *     Allowed: staff roles owner, branch_manager.
         */
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
                        branch_id?: number | null;
                        coins?: number | null;
                        description?: string | null;
                        duration_days: number;
                        entry_end_time?: string | null;
                        entry_start_time?: string | null;
                        /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                        freeze_cost?: number;
                        freeze_count_limit?: number;
                        freeze_max_days?: number;
                        grants_gym_entry?: boolean;
                        is_active?: boolean;
                        name: string;
                        /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                        price: number;
                        /** @enum {unknown} */
                        service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                        sessions?: number | null;
                        /**
                         * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                         * @enum {unknown}
                         */
                        subscription_type: "time_based" | "coins" | "sessions" | "training";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        /**
         * Change a plan (send only the fields that change)
         * @description A new price applies to later sales only: each sale keeps the amount it was sold for. Entry hours, grants_gym_entry and the freeze rules (freeze_max_days, freeze_count_limit, freeze_cost) apply to everyone holding the plan, existing subscriptions included: a gym changing its hours changes everyone's hours. Once the plan has any subscription, service_type, subscription_type, coins, sessions and duration_days cannot change (422 BUSINESS_RULE): create a new plan instead.
         *
         *     Allowed: staff roles owner, branch_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        branch_id?: number | null;
                        coins?: number | null;
                        description?: string | null;
                        duration_days?: number;
                        entry_end_time?: string | null;
                        entry_start_time?: string | null;
                        /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                        freeze_cost?: number;
                        freeze_count_limit?: number;
                        freeze_max_days?: number;
                        grants_gym_entry?: boolean;
                        is_active?: boolean;
                        name?: string;
                        /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                        price?: number;
                        /** @enum {unknown} */
                        service_type?: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                        sessions?: number | null;
                        /**
                         * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                         * @enum {unknown}
                         */
                        subscription_type?: "time_based" | "coins" | "sessions" | "training";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
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
    "/api/services/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a plan back on sale
         * @description Allowed: staff roles owner, branch_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/services/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a plan off sale (existing subscriptions continue)
         * @description Allowed: staff roles owner, branch_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                coins: number | null;
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                duration_days: number;
                                entry_end_time: string | null;
                                entry_start_time: string | null;
                                /** @description price of a paid freeze; 0 = free; integer minor units (e.g. piastres: 50000 = 500.00) */
                                freeze_cost: number;
                                freeze_count_limit: number;
                                freeze_max_days: number;
                                grants_gym_entry: boolean;
                                id: number;
                                is_active: boolean;
                                name: string;
                                /** @description the price of one period; each sale copies it, so a change applies to later sales only; integer minor units (e.g. piastres: 50000 = 500.00) */
                                price: number;
                                /** @enum {unknown} */
                                service_type: "gym" | "swimming_education" | "swimming_recreation" | "karate" | "personal_training" | "classes" | "bundle";
                                sessions: number | null;
                                /**
                                 * @description time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions
                                 * @enum {unknown}
                                 */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscriptions, newest first (trainers see only the plans they train)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    customer_id?: number;
                    page: number;
                    per_page: number;
                    /** @description the status as of today (an active plan past its end date or out of coins/sessions is expired); case-insensitive */
                    status?: "active" | "frozen" | "stopped" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    customer_id: number;
                                    customer_name: string;
                                    /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    /**
                                     * Format: date
                                     * @description last day of access, inclusive
                                     */
                                    end_date: string;
                                    freeze_count: number;
                                    freeze_days_remaining: number;
                                    freeze_days_used: number;
                                    freezes_remaining: number;
                                    frozen_since: string | null;
                                    id: number;
                                    remaining_coins: number | null;
                                    remaining_days: number;
                                    remaining_sessions: number | null;
                                    service_id: number;
                                    service_name: string;
                                    service_type: string;
                                    /** Format: date */
                                    start_date: string;
                                    /** @enum {unknown} */
                                    status: "active" | "frozen" | "stopped" | "expired";
                                    stop_reason: string | null;
                                    /** @enum {unknown} */
                                    subscription_type: "time_based" | "coins" | "sessions" | "training";
                                    total_coins: number | null;
                                    total_sessions: number | null;
                                    trainer_id: number | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One subscription with its freeze history
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze an active plan within the plan's limits (a paid freeze records its payment)
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: number;
                        /**
                         * @description required when the plan charges for a freeze (freeze_cost > 0)
                         * @enum {unknown}
                         */
                        payment_method?: "cash" | "network" | "transfer";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new period of the same plan (starts after the current one ends, or today if it has expired)
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description defaults to the plan's price; integer minor units (e.g. piastres: 50000 = 500.00) */
                        amount?: number;
                        /** @description at most the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                        discount?: number;
                        /** @enum {unknown} */
                        payment_method: "cash" | "network" | "transfer";
                        /** @description training plans: defaults to the current trainer */
                        trainer_id?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an active or frozen plan for good
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the freeze: the end date moves by the days frozen, up to the freeze days left; unused days return
         * @description A freeze lasts until the desk unfreezes it. The days credited (end date moved, freeze days used) are the days actually frozen, but no more than the plan's freeze allowance left: days overstayed beyond it are not credited.
         *
         *     Allowed: staff roles owner, branch_manager, front_desk.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sell a plan to a member at the member's branch and record its payment
         * @description Allowed: staff roles owner, branch_manager, front_desk.
         */
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
                        /** @description defaults to the plan's price; integer minor units (e.g. piastres: 50000 = 500.00) */
                        amount?: number;
                        customer_id: number;
                        /** @description at most the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                        discount?: number;
                        /** @enum {unknown} */
                        payment_method: "cash" | "network" | "transfer";
                        service_id: number;
                        /**
                         * Format: date
                         * @description defaults to today (the gym's local day); not in the past
                         */
                        start_date?: string;
                        /** @description required for training plans: an active trainer of the member's branch */
                        trainer_id?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description the price of this period before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                customer_id: number;
                                customer_name: string;
                                /** @description taken off the amount; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                /**
                                 * Format: date
                                 * @description last day of access, inclusive
                                 */
                                end_date: string;
                                freeze_count: number;
                                freeze_days_remaining: number;
                                freeze_days_used: number;
                                freezes: {
                                    /** @description 0 for a free freeze; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    cost: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    days_used: number | null;
                                    ended_on: string | null;
                                    id: number;
                                    /** @description still frozen after planned_end_date: unfreeze when the member returns */
                                    is_overdue: boolean;
                                    /**
                                     * Format: date
                                     * @description the day the member is expected back (start_date + requested_days)
                                     */
                                    planned_end_date: string;
                                    reason: string;
                                    requested_days: number;
                                    /** Format: date */
                                    start_date: string;
                                }[];
                                freezes_remaining: number;
                                frozen_since: string | null;
                                id: number;
                                payment?: {
                                    /** @description before the discount (revenue is amount − discount); integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    /** Format: date */
                                    business_date: string;
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    reference: string;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                };
                                remaining_coins: number | null;
                                remaining_days: number;
                                remaining_sessions: number | null;
                                service_id: number;
                                service_name: string;
                                service_type: string;
                                /** Format: date */
                                start_date: string;
                                /** @enum {unknown} */
                                status: "active" | "frozen" | "stopped" | "expired";
                                stop_reason: string | null;
                                /** @enum {unknown} */
                                subscription_type: "time_based" | "coins" | "sessions" | "training";
                                total_coins: number | null;
                                total_sessions: number | null;
                                trainer_id: number | null;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/subscriptions/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gym-wide subscription settings
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description When false (the default) a member holds at most one active or frozen plan per service_type at a time. */
                                allow_multiple_active_plans: boolean;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        /**
         * Change gym-wide subscription settings
         * @description Allowed: staff roles owner.
         */
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
                        allow_multiple_active_plans?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description When false (the default) a member holds at most one active or frozen plan per service_type at a time. */
                                allow_multiple_active_plans: boolean;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff accounts (a manager sees their own branch)
         * @description Allowed: staff roles owner, branch_manager.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    is_active?: boolean;
                    page: number;
                    per_page: number;
                    role?: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                    /** @description part of username, name, email or phone */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                items: {
                                    branch_id: number | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    email: string | null;
                                    full_name: string;
                                    id: number;
                                    is_active: boolean;
                                    phone: string | null;
                                    /** @enum {unknown} */
                                    role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                    /** Format: date-time */
                                    updated_at: string;
                                    username: string;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a staff account ranked below your own
         * @description Allowed: staff roles owner, branch_manager.
         */
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
                        branch_id?: number | null;
                        email?: string | null;
                        full_name: string;
                        password: string;
                        phone?: string | null;
                        /** @enum {unknown} */
                        role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                        /** @description 3–64 letters, digits, dot, dash or underscore; stored lower-case */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One staff account
         * @description Allowed: staff roles owner, branch_manager.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
            };
        };
        /**
         * Update name, contact, role or branch; a role change signs the account out everywhere
         * @description Allowed: staff roles owner, branch_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description Only the fields sent change. */
            requestBody: {
                content: {
                    "application/json": {
                        branch_id?: number | null;
                        email?: string | null;
                        full_name?: string;
                        phone?: string | null;
                        /** @enum {unknown} */
                        role?: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
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
    "/api/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an account again
         * @description Allowed: staff roles owner, branch_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account and end its sessions
         * @description Allowed: staff roles owner, branch_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                branch_id: number | null;
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                full_name: string;
                                id: number;
                                is_active: boolean;
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password for an account ranked below yours; its sessions end
         * @description Allowed: staff roles owner, branch_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                sessions_ended: number;
                                user: {
                                    branch_id: number | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    email: string | null;
                                    full_name: string;
                                    id: number;
                                    is_active: boolean;
                                    phone: string | null;
                                    /** @enum {unknown} */
                                    role: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
                                    /** Format: date-time */
                                    updated_at: string;
                                    username: string;
                                };
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                state: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
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
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                state: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            field?: string;
                            message: string;
                            /** @enum {string} */
                            status: "error";
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ErrorEnvelope */
        "def-0": {
            /** @description UPPER_SNAKE error code */
            code: string;
            errors?: {
                field: string;
                message: string;
            }[];
            field?: string;
            message: string;
            /** @enum {string} */
            status: "error";
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
