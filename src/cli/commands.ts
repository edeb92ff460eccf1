/** Registers the commands implemented outside program.ts (each registrar pushes itself). */
export {};
