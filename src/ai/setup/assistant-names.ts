/** Accepted `--assistant` names, kept apart from targets.ts so shell completion loads nothing else. */
export const ASSISTANT_NAMES = [
  'claude',
  'agents',
  'codex',
  'opencode',
  'codex-skills',
  'antigravity',
  'cursor',
  'copilot',
  'windsurf',
  'cline',
  'gemini',
] as const;
