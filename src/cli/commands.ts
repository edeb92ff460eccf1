/** Registers the commands implemented outside program.ts (each registrar pushes itself). */
import './init-command';
import './templates-command';
import './info-command';
import './metadata-command';
import './config-command';
import './completion-command';
import './ai-command';
import './serve-command';
import './report-command';
import './comment-command';
export {};
