// citation-js ships no type declarations; these cover the calls surveygraph makes.
declare module '@citation-js/core' {
  export interface CiteFormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    type?: string;
  }

  export class Cite {
    constructor(data?: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(name: string, options?: CiteFormatOptions): string;
  }

  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): { templates: Register<string>; locales: Register<string> };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
