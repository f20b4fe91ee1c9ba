// Generated from the server's /openapi.json by scripts/desk-api-types.ts (npm run desk:api). Do not edit.

export interface paths {
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans expiring within 7 days, members with 3 or fewer coins or sessions, expenses awaiting review, branches with no closing for yesterday
         * @description Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope */
                    branch_id?: number;
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
                                /**
                                 * Format: date
                                 * @description today, gym-local
                                 */
                                date: string;
                                /** @description live plans ending within 7 days whose member has bought nothing after them */
                                expiring_plans: {
                                    items: {
                                        branch_id: number;
                                        customer_id: number;
                                        customer_name: string;
                                        /** Format: date */
                                        end_date: string;
                                        phone: string;
                                        service_name: string;
                                        subscription_id: number;
                                    }[];
                                    /** @description all of them; items holds at most 100 */
                                    total: number;
                                };
                                /** @description live coin or session plans with 1 to 3 left */
                                low_balance: {
                                    items: {
                                        branch_id: number;
                                        customer_id: number;
                                        customer_name: string;
                                        phone: string;
                                        remaining_coins: number | null;
                                        remaining_sessions: number | null;
                                        service_name: string;
                                        subscription_id: number;
                                    }[];
                                    /** @description all of them; items holds at most 100 */
                                    total: number;
                                };
                                /** @description active branches with no evening cash count for yesterday */
                                missing_closings: {
                                    branches: {
                                        id: number;
                                        name: string;
                                    }[];
                                    /**
                                     * Format: date
                                     * @description yesterday
                                     */
                                    date: string;
                                };
                                /** @description expenses awaiting review */
                                pending_expenses: {
                                    /** @description Σ amount of all pending expenses */
                                    amount: number;
                                    items: {
                                        amount: number;
                                        branch_id: number;
                                        category: string;
                                        /** Format: date */
                                        expense_date: string;
                                        id: number;
                                        title: string;
                                    }[];
                                    total: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a temporary password for the members' app (shown only in this answer); the member must change it at first sign-in
         * @description Ends the member's signed-in sessions. The password is ten characters of an unambiguous alphabet.
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
                                customer_id: number;
                                temporary_password: string;
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
    "/api/daily-closings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Closings, newest day first (also text/csv: ?format=csv)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    /** @description first gym-local day (GYM_TIMEZONE), inclusive */
                    from?: string;
                    page: number;
                    per_page: number;
                    /** @description last gym-local day, inclusive */
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
                                    /** @description counted in the drawer; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    actual_cash: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the branch's gym-local day (GYM_TIMEZONE)
                                     */
                                    business_date: string;
                                    closed_by: number | null;
                                    closed_by_name: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description actual_cash − expected_cash: negative when the drawer is short */
                                    difference: number;
                                    /** @description cash payments (amount − discount) − cash refunds of the day: what the drawer should hold */
                                    expected_cash: number;
                                    id: number;
                                    /** @description card terminal payments (amount − discount) − network refunds */
                                    network_total: number;
                                    notes: string | null;
                                    /** @description payments of the day, refunds not counted */
                                    payments_count: number;
                                    /** @description transfers (amount − discount) − transfer refunds */
                                    transfer_total: number;
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
        /**
         * Close today's till of a branch with the cash counted
         * @description The day is the server's gym-local today (a `date` other than it answers 400); the expected figures are recomputed from the ledger in the same transaction and the difference (actual − expected) stored. One closing per branch and day: a second answers 409 DAY_CLOSED, and so does every payment or refund of the branch for the rest of the day.
         *
         *     Allowed: staff roles owner, branch_manager, accountant, front_desk.
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
                        /** @description the cash counted in the drawer; integer minor units (e.g. piastres: 50000 = 500.00) */
                        actual_cash: number;
                        branch_id: number;
                        /**
                         * Format: date
                         * @description optional; if sent, must be the branch's gym-local today (only today can be closed)
                         */
                        date?: string;
                        notes?: string;
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
                                /** @description counted in the drawer; integer minor units (e.g. piastres: 50000 = 500.00) */
                                actual_cash: number;
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the branch's gym-local day (GYM_TIMEZONE)
                                 */
                                business_date: string;
                                closed_by: number | null;
                                closed_by_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description actual_cash − expected_cash: negative when the drawer is short */
                                difference: number;
                                /** @description cash payments (amount − discount) − cash refunds of the day: what the drawer should hold */
                                expected_cash: number;
                                id: number;
                                /** @description card terminal payments (amount − discount) − network refunds */
                                network_total: number;
                                notes: string | null;
                                /** @description payments of the day, refunds not counted */
                                payments_count: number;
                                /** @description transfers (amount − discount) − transfer refunds */
                                transfer_total: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/daily-closings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One closing
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant.
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
                                /** @description counted in the drawer; integer minor units (e.g. piastres: 50000 = 500.00) */
                                actual_cash: number;
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the branch's gym-local day (GYM_TIMEZONE)
                                 */
                                business_date: string;
                                closed_by: number | null;
                                closed_by_name: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description actual_cash − expected_cash: negative when the drawer is short */
                                difference: number;
                                /** @description cash payments (amount − discount) − cash refunds of the day: what the drawer should hold */
                                expected_cash: number;
                                id: number;
                                /** @description card terminal payments (amount − discount) − network refunds */
                                network_total: number;
                                notes: string | null;
                                /** @description payments of the day, refunds not counted */
                                payments_count: number;
                                /** @description transfers (amount − discount) − transfer refunds */
                                transfer_total: number;
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
    "/api/daily-closings/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the drawer should hold now: today's figures of a branch (the server's gym-local day)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, front_desk.
         */
        get: {
            parameters: {
                query?: {
                    /** @description defaults to the caller's branch; required for accounts of every branch */
                    branch_id?: number;
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
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the branch's gym-local day (GYM_TIMEZONE)
                                 */
                                business_date: string;
                                /** @description Σ (amount − discount) of the cash payments */
                                cash_payments: number;
                                /** @description Σ amount of the cash refunds */
                                cash_refunds: number;
                                /** @description the day has been closed: payments and refunds of this branch are refused (DAY_CLOSED) until tomorrow */
                                closed: boolean;
                                closing_id: number | null;
                                /** @description cash payments (amount − discount) − cash refunds of the day: what the drawer should hold */
                                expected_cash: number;
                                /** @description card terminal payments (amount − discount) − network refunds */
                                network_total: number;
                                /** @description payments of the day, refunds not counted */
                                payments_count: number;
                                refunds_count: number;
                                /** @description transfers (amount − discount) − transfer refunds */
                                transfer_total: number;
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
    "/api/dashboards/accountant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today by method, the month's revenue, expenses and net, closings missing or with a difference
         * @description Allowed: staff roles owner, central_accountant, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope */
                    branch_id?: number;
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
                                closings: {
                                    /** @description days of the last 7 (before today) on which a branch took payments and nobody closed the day */
                                    missing: {
                                        branch_id: number;
                                        branch_name: string;
                                        /** Format: date */
                                        business_date: string;
                                        payments_count: number;
                                    }[];
                                    /** @description this month's closings whose counted cash differed from the expected */
                                    with_difference: {
                                        actual_cash: number;
                                        branch_id: number;
                                        branch_name: string;
                                        /** Format: date */
                                        business_date: string;
                                        difference: number;
                                        expected_cash: number;
                                        id: number;
                                    }[];
                                };
                                /**
                                 * Format: date
                                 * @description today, gym-local
                                 */
                                date: string;
                                month: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description approved expenses */
                                    expenses: number;
                                    /** Format: date */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /** Format: date */
                                    to: string;
                                };
                                today: {
                                    /** @description net revenue per payment method (refunds taken off the method they were paid out by) */
                                    by_method: {
                                        cash: number;
                                        network: number;
                                        transfer: number;
                                    };
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/dashboards/branch-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A branch's day: sales by method, check-ins, members, pending expenses
         * @description A branch manager sees their own branch; the owner names one with branch_id.
         *
         *     Allowed: staff roles owner, branch_manager.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope */
                    branch_id?: number;
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
                                branch_id: number;
                                check_ins_today: {
                                    /** @description approved */
                                    check_ins: number;
                                    denied: number;
                                    /** @description distinct members admitted */
                                    members: number;
                                };
                                /**
                                 * Format: date
                                 * @description today, gym-local
                                 */
                                date: string;
                                members: {
                                    active: number;
                                    expiring_7_days: number;
                                    frozen: number;
                                };
                                pending_expenses: {
                                    amount: number;
                                    count: number;
                                };
                                sales_today: {
                                    /** @description net revenue per payment method (refunds taken off the method they were paid out by) */
                                    by_method: {
                                        cash: number;
                                        network: number;
                                        transfer: number;
                                    };
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/dashboards/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The owner's day and month across every branch
         * @description Allowed: staff roles owner.
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
                                best_branch: {
                                    branch_id: number;
                                    branch_name: string;
                                    /** @description net revenue this month */
                                    revenue: number;
                                } | null;
                                change: {
                                    /** @description month.net − last_month.net */
                                    amount: number;
                                    percent: number | null;
                                };
                                /**
                                 * Format: date
                                 * @description today, gym-local
                                 */
                                date: string;
                                /** @description members whose live plan ends within the days, with nothing bought after it */
                                expiring: {
                                    in_3_days: number;
                                    in_7_days: number;
                                };
                                /** @description the same days of last month (1st to today's day of the month) */
                                last_month: {
                                    /** Format: date */
                                    from: string;
                                    net: number;
                                    /** Format: date */
                                    to: string;
                                };
                                month: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description approved expenses */
                                    expenses: number;
                                    /** Format: date */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /** Format: date */
                                    to: string;
                                };
                                today: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                };
                                top_staff: {
                                    full_name: string | null;
                                    net: number;
                                    sales_count: number;
                                    staff_id: number;
                                }[];
                                worst_branch: {
                                    branch_id: number;
                                    branch_name: string;
                                    /** @description net revenue this month */
                                    revenue: number;
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
    "/api/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expenses, newest day first, with totals by status and category (also text/csv: ?format=csv)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    category?: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                    /** @description first gym-local day (GYM_TIMEZONE), inclusive */
                    from?: string;
                    page: number;
                    per_page: number;
                    status?: "pending" | "approved" | "rejected";
                    /** @description last gym-local day, inclusive */
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
                                    /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /** @enum {unknown} */
                                    category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                                    /** Format: date-time */
                                    created_at: string;
                                    created_by: number | null;
                                    created_by_name: string | null;
                                    description: string | null;
                                    /** Format: date */
                                    expense_date: string;
                                    id: number;
                                    review_notes: string | null;
                                    reviewed_at: string | null;
                                    reviewed_by: number | null;
                                    reviewed_by_name: string | null;
                                    /** @enum {unknown} */
                                    status: "pending" | "approved" | "rejected";
                                    title: string;
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                                /** @description over every expense the filters select (all pages); minor units */
                                totals: {
                                    amount: number;
                                    /** @description categories with at least one expense, largest amount first */
                                    by_category: {
                                        amount: number;
                                        /** @enum {unknown} */
                                        category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                                        count: number;
                                    }[];
                                    by_status: {
                                        approved: {
                                            amount: number;
                                            count: number;
                                        };
                                        pending: {
                                            amount: number;
                                            count: number;
                                        };
                                        rejected: {
                                            amount: number;
                                            count: number;
                                        };
                                    };
                                    count: number;
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
        /**
         * Record an expense (pending until reviewed)
         * @description Allowed: staff roles owner, branch_manager, accountant.
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
                        /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                        amount: number;
                        branch_id: number;
                        /** @enum {unknown} */
                        category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                        description?: string;
                        /**
                         * Format: date
                         * @description the gym-local day of the expense; not in the future
                         */
                        expense_date: string;
                        title: string;
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
                                /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /** @enum {unknown} */
                                category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                created_by_name: string | null;
                                description: string | null;
                                /** Format: date */
                                expense_date: string;
                                id: number;
                                review_notes: string | null;
                                reviewed_at: string | null;
                                reviewed_by: number | null;
                                reviewed_by_name: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected";
                                title: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One expense
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant.
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
                                /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /** @enum {unknown} */
                                category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                created_by_name: string | null;
                                description: string | null;
                                /** Format: date */
                                expense_date: string;
                                id: number;
                                review_notes: string | null;
                                reviewed_at: string | null;
                                reviewed_by: number | null;
                                reviewed_by_name: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected";
                                title: string;
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
        /**
         * Delete a pending expense (reviewed ones stay: 422)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant.
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
                            data: {
                                deleted: boolean;
                                id: number;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a pending expense
         * @description Rejecting needs notes (400). Only a pending expense (422 BUSINESS_RULE otherwise); nobody but the owner approves their own (422).
         *
         *     Allowed: staff roles owner, branch_manager, central_accountant, accountant.
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
                        /** @enum {unknown} */
                        action: "approve" | "reject";
                        /** @description required to reject */
                        notes?: string;
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
                                /** @description integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /** @enum {unknown} */
                                category: "rent" | "salaries" | "utilities" | "equipment" | "maintenance" | "supplies" | "marketing" | "insurance" | "training" | "services" | "safety" | "software" | "other";
                                /** Format: date-time */
                                created_at: string;
                                created_by: number | null;
                                created_by_name: string | null;
                                description: string | null;
                                /** Format: date */
                                expense_date: string;
                                id: number;
                                review_notes: string | null;
                                reviewed_at: string | null;
                                reviewed_by: number | null;
                                reviewed_by_name: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected";
                                title: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger, newest first, with totals over every matching row (also text/csv: ?format=csv)
         * @description Dates are gym-local business days (GYM_TIMEZONE). Refunds are rows of their own (transaction_type refund). net = gross − discount − refunds. Branch-scoped staff see their own branch only.
         *
         *     Allowed: staff roles owner, branch_manager, central_accountant, accountant, front_desk.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    customer_id?: number;
                    /** @description first gym-local day (GYM_TIMEZONE), inclusive */
                    from?: string;
                    page: number;
                    payment_method?: "cash" | "network" | "transfer";
                    per_page: number;
                    /** @description the staff member who recorded the row */
                    staff_id?: number;
                    /** @description last gym-local day, inclusive */
                    to?: string;
                    transaction_type?: "subscription" | "renewal" | "freeze" | "other" | "refund";
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
                                    /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the gym-local day the money moved
                                     */
                                    business_date: string;
                                    /** Format: date-time */
                                    created_at: string;
                                    customer_id: number | null;
                                    customer_name: string | null;
                                    /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                    net: number;
                                    notes: string | null;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    plan_id: number | null;
                                    plan_name: string | null;
                                    /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                    reference: string;
                                    refund_of: number | null;
                                    refund_of_reference: string | null;
                                    staff_id: number | null;
                                    staff_name: string | null;
                                    subscription_id: number | null;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                }[];
                                page: number;
                                pages: number;
                                per_page: number;
                                total: number;
                                /** @description over every row the filters select (all pages); minor units */
                                totals: {
                                    by_method: {
                                        cash: {
                                            /** @description Σ discount of payments */
                                            discount: number;
                                            /** @description Σ amount of payments (refunds excluded) */
                                            gross: number;
                                            /** @description gross − discount − refunds */
                                            net: number;
                                            payments_count: number;
                                            /** @description Σ amount of refund rows */
                                            refunds: number;
                                            refunds_count: number;
                                        };
                                        network: {
                                            /** @description Σ discount of payments */
                                            discount: number;
                                            /** @description Σ amount of payments (refunds excluded) */
                                            gross: number;
                                            /** @description gross − discount − refunds */
                                            net: number;
                                            payments_count: number;
                                            /** @description Σ amount of refund rows */
                                            refunds: number;
                                            refunds_count: number;
                                        };
                                        transfer: {
                                            /** @description Σ discount of payments */
                                            discount: number;
                                            /** @description Σ amount of payments (refunds excluded) */
                                            gross: number;
                                            /** @description gross − discount − refunds */
                                            net: number;
                                            payments_count: number;
                                            /** @description Σ amount of refund rows */
                                            refunds: number;
                                            refunds_count: number;
                                        };
                                    };
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments (refunds excluded) */
                                    gross: number;
                                    /** @description gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refund rows */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A receipt: the payment, its refunds and what is left to refund
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, front_desk.
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
                                /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the gym-local day the money moved
                                 */
                                business_date: string;
                                /** Format: date-time */
                                created_at: string;
                                customer_id: number | null;
                                customer_name: string | null;
                                customer_phone: string | null;
                                /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                id: number;
                                /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                net: number;
                                notes: string | null;
                                /** @enum {unknown} */
                                payment_method: "cash" | "network" | "transfer";
                                plan_id: number | null;
                                plan_name: string | null;
                                /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                reference: string;
                                refund_of: number | null;
                                refund_of_reference: string | null;
                                /** @description amount − discount − refunded (0 on a refund row) */
                                refundable: number;
                                /** @description Σ amount of the refunds against this payment */
                                refunded: number;
                                refunds: {
                                    /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the gym-local day the money moved
                                     */
                                    business_date: string;
                                    /** Format: date-time */
                                    created_at: string;
                                    customer_id: number | null;
                                    customer_name: string | null;
                                    /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                    net: number;
                                    notes: string | null;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    plan_id: number | null;
                                    plan_name: string | null;
                                    /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                    reference: string;
                                    refund_of: number | null;
                                    refund_of_reference: string | null;
                                    staff_id: number | null;
                                    staff_name: string | null;
                                    subscription_id: number | null;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                }[];
                                staff_id: number | null;
                                staff_name: string | null;
                                subscription_id: number | null;
                                /** @enum {unknown} */
                                transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
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
    "/api/payments/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give back part or all of what is left of a payment (a new ledger row)
         * @description At most amount − discount − earlier refunds (422 otherwise); a refund cannot be refunded; 409 DAY_CLOSED once the branch's till is closed for today. Answers the payment's receipt with the new refund in it.
         *
         *     Allowed: staff roles owner, branch_manager, accountant.
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
                        /** @description what leaves the till; at most what is left of the payment; integer minor units (e.g. piastres: 50000 = 500.00) */
                        amount: number;
                        reason: string;
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
                                /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the gym-local day the money moved
                                 */
                                business_date: string;
                                /** Format: date-time */
                                created_at: string;
                                customer_id: number | null;
                                customer_name: string | null;
                                customer_phone: string | null;
                                /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                id: number;
                                /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                net: number;
                                notes: string | null;
                                /** @enum {unknown} */
                                payment_method: "cash" | "network" | "transfer";
                                plan_id: number | null;
                                plan_name: string | null;
                                /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                reference: string;
                                refund_of: number | null;
                                refund_of_reference: string | null;
                                /** @description amount − discount − refunded (0 on a refund row) */
                                refundable: number;
                                /** @description Σ amount of the refunds against this payment */
                                refunded: number;
                                refunds: {
                                    /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the gym-local day the money moved
                                     */
                                    business_date: string;
                                    /** Format: date-time */
                                    created_at: string;
                                    customer_id: number | null;
                                    customer_name: string | null;
                                    /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                    net: number;
                                    notes: string | null;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    plan_id: number | null;
                                    plan_name: string | null;
                                    /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                    reference: string;
                                    refund_of: number | null;
                                    refund_of_reference: string | null;
                                    staff_id: number | null;
                                    staff_name: string | null;
                                    subscription_id: number | null;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                }[];
                                staff_id: number | null;
                                staff_name: string | null;
                                subscription_id: number | null;
                                /** @enum {unknown} */
                                transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a payment outside a plan sale (a towel, a product, an instalment of a plan)
         * @description Refused with 409 DAY_CLOSED once the branch's till is closed for today.
         *
         *     Allowed: staff roles owner, branch_manager, accountant, front_desk.
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
                        /** @description before the discount; integer minor units (e.g. piastres: 50000 = 500.00) */
                        amount: number;
                        customer_id: number;
                        /** @description taken off the amount; default 0; integer minor units (e.g. piastres: 50000 = 500.00) */
                        discount?: number;
                        notes?: string;
                        /** @enum {unknown} */
                        payment_method: "cash" | "network" | "transfer";
                        /** @description required for subscription, renewal and freeze: the plan the money is for */
                        subscription_id?: number;
                        /**
                         * @description 'other' for anything sold at the desk (a towel, a product); the plan kinds only with subscription_id, for money taken for a plan outside its sale (e.g. the rest of an instalment). Selling, renewing and freezing a plan record their own payments.
                         * @enum {unknown}
                         */
                        transaction_type: "subscription" | "renewal" | "freeze" | "other";
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
                                /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                amount: number;
                                branch_id: number;
                                branch_name: string;
                                /**
                                 * Format: date
                                 * @description the gym-local day the money moved
                                 */
                                business_date: string;
                                /** Format: date-time */
                                created_at: string;
                                customer_id: number | null;
                                customer_name: string | null;
                                customer_phone: string | null;
                                /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                discount: number;
                                id: number;
                                /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                net: number;
                                notes: string | null;
                                /** @enum {unknown} */
                                payment_method: "cash" | "network" | "transfer";
                                plan_id: number | null;
                                plan_name: string | null;
                                /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                reference: string;
                                refund_of: number | null;
                                refund_of_reference: string | null;
                                /** @description amount − discount − refunded (0 on a refund row) */
                                refundable: number;
                                /** @description Σ amount of the refunds against this payment */
                                refunded: number;
                                refunds: {
                                    /** @description a payment: before the discount; a refund: what left the till; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    amount: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the gym-local day the money moved
                                     */
                                    business_date: string;
                                    /** Format: date-time */
                                    created_at: string;
                                    customer_id: number | null;
                                    customer_name: string | null;
                                    /** @description always 0 on a refund; integer minor units (e.g. piastres: 50000 = 500.00) */
                                    discount: number;
                                    id: number;
                                    /** @description what the row adds to revenue: amount − discount, or −amount for a refund; minor units */
                                    net: number;
                                    notes: string | null;
                                    /** @enum {unknown} */
                                    payment_method: "cash" | "network" | "transfer";
                                    plan_id: number | null;
                                    plan_name: string | null;
                                    /** @description the receipt number, PAY-YYYYMMDD-XXXXXXXX */
                                    reference: string;
                                    refund_of: number | null;
                                    refund_of_reference: string | null;
                                    staff_id: number | null;
                                    staff_name: string | null;
                                    subscription_id: number | null;
                                    /** @enum {unknown} */
                                    transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
                                }[];
                                staff_id: number | null;
                                staff_name: string | null;
                                subscription_id: number | null;
                                /** @enum {unknown} */
                                transaction_type: "subscription" | "renewal" | "freeze" | "other" | "refund";
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/branch-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every branch in scope side by side
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                branches: {
                                    branch_id: number;
                                    branch_name: string;
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    expenses: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    is_active: boolean;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                }[];
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
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
    "/api/reports/cash-differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evening cash counts and their differences
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                closings: {
                                    actual_cash: number;
                                    branch_id: number;
                                    branch_name: string;
                                    /**
                                     * Format: date
                                     * @description the day counted
                                     */
                                    business_date: string;
                                    closed_by: number | null;
                                    closed_by_name: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description actual − expected; negative when short */
                                    difference: number;
                                    expected_cash: number;
                                    id: number;
                                    network_total: number;
                                    notes: string | null;
                                    payments_count: number;
                                    transfer_total: number;
                                }[];
                                closings_count: number;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                total_difference: number;
                                total_over: number;
                                /** @description Σ of negative differences, as a positive amount */
                                total_short: number;
                                with_difference: number;
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
    "/api/reports/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approved check-ins by gym-local day and hour
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                by_day: {
                                    check_ins: number;
                                    /**
                                     * Format: date
                                     * @description gym-local day
                                     */
                                    date: string;
                                    members: number;
                                }[];
                                by_hour: {
                                    check_ins: number;
                                    /** @description gym-local hour */
                                    hour: number;
                                }[];
                                denied: number;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /** @description distinct members admitted */
                                members: number;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                /** @description approved entries */
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
    "/api/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue, approved expenses and check-ins per day
         * @description Default range: today. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /** @enum {unknown} */
                                period: "daily" | "weekly" | "monthly";
                                rows: {
                                    /** @description approved entries */
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description approved expenses */
                                    expenses: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /**
                                     * Format: date
                                     * @description first day of the bucket: the day, the ISO week's Monday or the month's 1st
                                     */
                                    period: string;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    to: string;
                                }[];
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                totals: {
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    expenses: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/reports/employee-performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales count and value per staff member, with their renewal rate
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                staff: {
                                    full_name: string | null;
                                    /** @description sales_value − refunds */
                                    net: number;
                                    /** @description subscription and renewal payments */
                                    plan_sales: number;
                                    /** @description refunded from those payments */
                                    refunds: number;
                                    renewal_rate: number | null;
                                    renewals: number;
                                    /** @description payments recorded (refunds excluded) */
                                    sales_count: number;
                                    /** @description Σ(amount − discount) of those payments */
                                    sales_value: number;
                                    staff_id: number | null;
                                }[];
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
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
    "/api/reports/expenses-by-category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approved expenses per category
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                by_category: {
                                    amount: number;
                                    category: string;
                                    count: number;
                                }[];
                                count: number;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
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
    "/api/reports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active, frozen, new, expiring and lapsed members
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description expiring means ending within this many days from today */
                    days: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                active: number;
                                branch_id: number | null;
                                days: number;
                                expiring: number;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                frozen: number;
                                lapsed: number;
                                new_members: number;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                /**
                                 * Format: date
                                 * @description the day "active", "frozen" and "expiring" are counted on
                                 */
                                today: string;
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
    "/api/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue, approved expenses and check-ins per month
         * @description Default range: this month, 1st to today. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /** @enum {unknown} */
                                period: "daily" | "weekly" | "monthly";
                                rows: {
                                    /** @description approved entries */
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description approved expenses */
                                    expenses: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /**
                                     * Format: date
                                     * @description first day of the bucket: the day, the ISO week's Monday or the month's 1st
                                     */
                                    period: string;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    to: string;
                                }[];
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                totals: {
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    expenses: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/reports/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue in total and by branch, plan and payment method
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                by_branch: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    key: (string | number) | null;
                                    name: string | null;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                }[];
                                by_method: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    key: (string | number) | null;
                                    name: string | null;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                }[];
                                /** @description key null: payments of no plan (e.g. other) */
                                by_plan: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    key: (string | number) | null;
                                    name: string | null;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                }[];
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                totals: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
    "/api/reports/revenue-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue per day, ISO week or month, empty buckets as zeros
         * @description Default range: this month. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description bucket size; weeks are ISO weeks starting Monday */
                    period: "daily" | "weekly" | "monthly";
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /** @enum {unknown} */
                                period: "daily" | "weekly" | "monthly";
                                rows: {
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    payments_count: number;
                                    /**
                                     * Format: date
                                     * @description first day of the bucket: the day, the ISO week's Monday or the month's 1st
                                     */
                                    period: string;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    to: string;
                                }[];
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
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
    "/api/reports/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue, approved expenses and check-ins per ISO week (Monday to Sunday)
         * @description Default range: this week, Monday to today. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).
         *
         *     Allowed: staff roles owner, central_accountant, branch_manager, accountant.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one branch within your scope (default: your branch, or every branch for owners and central accountants) */
                    branch_id?: number;
                    /** @description csv answers text/csv (as does Accept: text/csv) */
                    format?: "json" | "csv";
                    /** @description first gym-local day, inclusive (default: see the route); at most 366 days before to */
                    from?: string;
                    /** @description last gym-local day, inclusive (default: today) */
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
                                branch_id: number | null;
                                /**
                                 * Format: date
                                 * @description first day covered
                                 */
                                from: string;
                                /** @enum {unknown} */
                                period: "daily" | "weekly" | "monthly";
                                rows: {
                                    /** @description approved entries */
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    /** @description approved expenses */
                                    expenses: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    from: string;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /**
                                     * Format: date
                                     * @description first day of the bucket: the day, the ISO week's Monday or the month's 1st
                                     */
                                    period: string;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
                                    /**
                                     * Format: date
                                     * @description clipped to the range
                                     */
                                    to: string;
                                }[];
                                /**
                                 * Format: date
                                 * @description last day covered
                                 */
                                to: string;
                                totals: {
                                    check_ins: number;
                                    /** @description Σ discount of payments */
                                    discount: number;
                                    expenses: number;
                                    /** @description Σ amount of payments */
                                    gross: number;
                                    /** @description revenue: gross − discount − refunds */
                                    net: number;
                                    net_after_expenses: number;
                                    payments_count: number;
                                    /** @description Σ amount of refunds */
                                    refunds: number;
                                    refunds_count: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; the answer carries user (role, branch_id, preferred_language) and gym */
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
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
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/account/delete-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): nothing yet (account deletion requests) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        /** Not served yet (501): nothing yet (account deletion requests) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit code to reset the password (the activation rules and limits apply) */
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
                        identifier: string;
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
                                expires_in: number;
                                identifier_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with phone (or email) and the password reception issued or the member set */
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
                        password: string;
                        phone: string;
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
                                    [key: string]: unknown;
                                };
                                customer: {
                                    [key: string]: unknown;
                                };
                                expires_in: number;
                                must_change_password: boolean;
                                refresh_token: string;
                                token_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
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
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token; sessions started through the apps keep their refresh token */
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
                                expires_in: number;
                                refresh_token: string;
                                token_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the code; every session of the member ends */
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
                        code: string;
                        identifier: string;
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
                            data: null;
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/branch-activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (crowd level) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/client/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (first required after a temporary one); other sessions end
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
                                sessions_ended: number;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/class-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): nothing yet (classes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/class-feedback/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (classes) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/client/entry-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approved visits, newest first, as a bare list (gym-local date and time)
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
                                [key: string]: unknown;
                            }[];
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/client/language": {
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
        /**
         * The member's language (e.g. en, ar)
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
                        preferred_language: string;
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
                                preferred_language: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        trace?: never;
    };
    "/flutter/api/client/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member (ClientModel), qr_code being a fresh signed pass
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/client/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (InBody measurements history) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/client/messages/{trainerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (trainer messages) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        /** Not served yet (501): nothing yet (trainer messages) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/messages/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (trainer messages) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/client/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member's payments by plan, in major units (refunds negative)
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/client/qr/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fresh signed pass: qr_code is what the door verifies, expires_at its expiry
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
                                expires_at: string;
                                qr_code: string;
                                qr_token: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token; sessions started through the apps keep their refresh token */
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
                                expires_in: number;
                                refresh_token: string;
                                token_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/refresh-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fresh signed pass: qr_code is what the door verifies, expires_at its expiry
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
                                expires_at: string;
                                qr_code: string;
                                qr_token: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/request-activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit sign-in code (as /api/clients/request-activation) */
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
                        identifier: string;
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
                                expires_in: number;
                                identifier_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/client/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current plan and history
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/client/verify-activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the code for tokens (a session that keeps its refresh token) */
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
                        activation_code: string;
                        identifier: string;
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
                                    [key: string]: unknown;
                                };
                                customer: {
                                    [key: string]: unknown;
                                };
                                expires_in: number;
                                must_change_password: boolean;
                                refresh_token: string;
                                token_type: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (complaints are not a Spotter feature) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        /** Not served yet (501): nothing yet (complaints are not a Spotter feature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members in your scope, newest first, in data.items (limit/per_page capped at 100)
         * @description Allowed: staff roles owner, branch_manager, front_desk, central_accountant, accountant, trainer.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    limit?: number;
                    page: number;
                    per_page?: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member (CustomerModel)
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/customers/{id}/regenerate-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new card number (data.qr_code)
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/customers/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new temporary password for the members' app (data.temporary_password, shown once); the member's sessions end
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
                                customer_id: number;
                                temporary_password: string;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/customers/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a member with a temporary password for the members' app (shown once, in data.temporary_password)
         * @description The derived figures the app computes (age, bmi, bmr, daily_calories…) are accepted and ignored: Spotter derives them.
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
                        age?: number;
                        bmi?: number;
                        bmi_category?: string;
                        bmr?: number;
                        branch_id?: number;
                        daily_calories?: number;
                        email?: string;
                        full_name: string;
                        /** @enum {unknown} */
                        gender?: "male" | "female";
                        height?: number;
                        password_changed?: boolean;
                        phone: string;
                        weight?: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quick search by name, phone, email or card number, in data.items
         * @description Allowed: staff roles owner, branch_manager, front_desk, central_accountant, accountant, trainer.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    limit?: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/dashboards/accountant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/dashboards/accountant */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): POST /api/expenses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/expenses/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): POST /api/expenses/{id}/review */
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
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/finance/cash-differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/daily-closings */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/finance/daily-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/daily */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/finance/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/expenses */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/notifications/register-device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): nothing yet (push notifications) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/payments/daily-closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): POST /api/daily-closings */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/payments/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): POST /api/payments/record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/private-training/client/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): nothing yet (private-training sessions) */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/private-training/client/sessions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): nothing yet (private-training sessions) */
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
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/private-training/client/sessions/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not served yet (501): nothing yet (private-training sessions) */
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
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/reports/branch-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/branch-comparison */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/daily */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/expenses-by-category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/expenses-by-category */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/monthly */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/revenue */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/revenue-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/revenue-trend */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/reports/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/reports/weekly */
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
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans (price in major units), in data.items
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscriptions, newest first, in data.items (status case-insensitive)
         * @description Allowed: staff roles owner, branch_manager, central_accountant, accountant, trainer, front_desk.
         */
        get: {
            parameters: {
                query: {
                    branch_id?: number;
                    customer_id?: number;
                    limit?: number;
                    page: number;
                    per_page?: number;
                    status?: string;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/flutter/api/subscriptions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sell a plan at the member's branch; amount in major units. The plan decides kind, coins, sessions and duration
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
                        /** @description major units (e.g. 500.00), as the app sends it */
                        amount?: number;
                        branch_id?: number;
                        coin_amount?: number;
                        coins?: number;
                        customer_id: number;
                        duration_months?: number;
                        /** @enum {unknown} */
                        payment_method: "cash" | "network" | "card" | "transfer" | "online";
                        service_id: number;
                        session_count?: number;
                        sessions?: number;
                        subscription_type?: string;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/subscriptions/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze the subscription named in the body for freeze_days (within the plan's limits)
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
                        freeze_days: number;
                        reason?: string;
                        subscription_id: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/subscriptions/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the subscription named in the body; amount in major units
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
                        /** @description major units (e.g. 500.00), as the app sends it */
                        amount?: number;
                        /** @enum {unknown} */
                        payment_method: "cash" | "network" | "card" | "transfer" | "online";
                        subscription_id: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/subscriptions/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the subscription named in the body
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
                        reason?: string;
                        subscription_id: number;
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flutter/api/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Not served yet (501): GET /api/payments/{id} */
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
                /** @description Default Response */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UPPER_SNAKE error code */
                            code: string;
                            errors?: {
                                field: string;
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
    "/flutter/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff accounts; the desk (picking a trainer for a sale) sees only the trainers of its branch, by name
         * @description Owners and branch managers get the staff list as on GET /api/users; a front desk account gets the trainers only (id, full_name, role, branch_id, is_active), whatever role it asks for.
         *
         *     Allowed: staff roles owner, branch_manager, front_desk.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    page: number;
                    per_page?: number;
                    role?: "owner" | "branch_manager" | "central_accountant" | "accountant" | "trainer" | "front_desk";
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
                                [key: string]: unknown;
                            };
                            message?: string;
                            /** @enum {string} */
                            status: "success";
                            /** @enum {boolean} */
                            success: true;
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
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Send traffic here: the database answers and the server is not shutting down */
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
