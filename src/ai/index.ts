export { buildContract, contractJson, type AiContract } from './contract';
export { EXECUTION_CONTRACT, MACRO_FORMS } from './prose';
export { getSkill, listSkills, renderSkillIndex, skillNames, type Skill } from './skills';
export { renderOverview } from './overview';
export { renderClientGuide } from './client';
export { runCheck, runSetup, type AiSetupIo, type SetupOptions } from './setup/run';
export { ALL_ASSISTANTS, ASSISTANTS } from './setup/targets';
