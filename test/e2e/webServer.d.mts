export declare const RENDERER_OUT_DIR: string;

export declare function buildRenderer(): Promise<void>;

export type WebServer = { url: string; close: () => Promise<void> };

export declare function startWebServer(options?: { port?: number }): Promise<WebServer>;
