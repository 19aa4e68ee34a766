/** The default template and tasks of the research prompt. */

/** The prompt's last sentence, which the contract with the vault names word for word. */
export const CLOSING_SENTENCE = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

/** The ask used when a line has neither `prompt.ask` nor a title. */
export const FALLBACK_ASK = 'Which of these findings still hold, and what has changed since they were made?';

/** The three tasks asked when a line gives none of its own. */
export const DEFAULT_TASKS: readonly string[] = Object.freeze([
  'Test each finding again: for every finding above, judge whether newer architectures, training methods, ' +
    'evaluation practices or larger scale have since loosened or overturned it. Separate the lasting ' +
    'phenomenon from the limitation that belonged to its moment (a model size, a benchmark, a method), and ' +
    'cite the work that settled each point.',
  'Find the strongest work of roughly the last six months that contradicts or supersedes these findings, ' +
    'and say what it changes.',
  'Pose 2 research questions that take for granted that the regime has already moved on from these findings.',
]);

/**
 * The shape of seed 001's prompt: opening and span of years, findings, anchor
 * papers (left out when there are none), what was cut, tasks, closing sentence.
 * A section tag alone on its line takes its line with it.
 */
export const DEFAULT_TEMPLATE: string = [
  '{{opening}}{{#findings}} A curated library{{#years}} spanning {{years}}{{/years}} found:{{/findings}}',
  '',
  '{{findings}}',
  '',
  '{{#anchors}}',
  'Anchor papers (verify; mind their dates):',
  '{{anchors}}',
  '{{/anchors}}',
  '{{#cut}}',
  '({{cut}})',
  '{{/cut}}',
  '',
  '{{#tasks}}',
  'Your task:',
  '{{tasks}}',
  '{{/tasks}}',
  '',
  CLOSING_SENTENCE,
  '',
].join('\n');
