/** The research prompt of an inquiring line: its model, its template and its text. */
export type { PromptInput, PromptModel, PromptOptions, PromptPaper, PromptSource } from './types';
export { DEFAULT_PROMPT_OPTIONS } from './types';
export { buildPromptModel } from './model';
export { fitPrompt, promptText, renderPrompt, slotValues } from './render';
export { checkTemplate, parseTemplate, renderTokens, TEMPLATE_SLOTS } from './template';
export { CLOSING_SENTENCE, DEFAULT_TASKS, DEFAULT_TEMPLATE } from './defaults';
