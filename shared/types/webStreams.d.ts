/**
 * The part of the WHATWG streams API that shared code uses with the age library, which
 * takes and returns these streams (shared/bundle/ageLayer.ts). Every runtime shared code
 * runs in has them as globals — Chromium, Electron's main process, Node 20 — but the
 * shared project compiles without the DOM and Node libraries, so they are declared here;
 * the renderer, test and CLI projects take theirs from those libraries.
 */
type ReadableStreamReadResult<T> = { done: false; value: T } | { done: true; value?: undefined };

type ReadableStreamDefaultReader<R> = {
  read(): Promise<ReadableStreamReadResult<R>>;
};

type ReadableStreamDefaultController<R> = {
  enqueue(chunk: R): void;
  close(): void;
};

type ReadableStream<R = unknown> = {
  getReader(): ReadableStreamDefaultReader<R>;
};

declare const ReadableStream: {
  prototype: ReadableStream;
  new <R = unknown>(
    source: { pull(controller: ReadableStreamDefaultController<R>): void },
    strategy?: { highWaterMark?: number },
  ): ReadableStream<R>;
};
