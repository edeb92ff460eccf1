declare module 'pg11' {
  const EmbeddedPostgres: new (options: object) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
  export default EmbeddedPostgres;
}

declare module 'pg13' {
  const EmbeddedPostgres: new (options: object) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
  export default EmbeddedPostgres;
}

declare module 'pg15' {
  const EmbeddedPostgres: new (options: object) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
  export default EmbeddedPostgres;
}

declare module 'pg16' {
  const EmbeddedPostgres: new (options: object) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
  export default EmbeddedPostgres;
}

declare module 'pg18' {
  const EmbeddedPostgres: new (options: object) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
  export default EmbeddedPostgres;
}
