import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPromptModel,
  checkTemplate,
  DEFAULT_TEMPLATE,
  promptText,
  renderPrompt,
  TEMPLATE_SLOTS,
  type PromptModel,
} from '../../../src/core/prompt';
import { seedInput } from './seed-input';

const model: PromptModel = {
  title: 'Does depth beat width?',
  role: 'ML researcher',
  ask: 'Does depth beat width in tiny models?',
  years: { first: 2023, last: 2025 },
  findings: [{ text: 'Deep and thin wins below 1B.', year: 2024 }],
  anchors: [{ title: 'MobileLLM', arxiv: '2402.14905', year: 2024 }],
  tasks: ['Check it at 7B.'],
};

describe('a custom template', () => {
  it('fills every slot and keeps the text around them', () => {
    const template = 'Q: {{ask}} | T: {{title}} | R: {{role}} | Y: {{years}}\n{{opening}}\n{{findings}}\n{{anchors}}\n{{tasks}}\n';
    expect(renderPrompt(model, template)).toBe(
      'Q: Does depth beat width in tiny models? | T: Does depth beat width? | R: ML researcher | Y: 2023–2025\n' +
        'As an ML researcher, does depth beat width in tiny models?\n' +
        '• Deep and thin wins below 1B (~2024).\n' +
        '  – arXiv:2402.14905 (MobileLLM, ~2024)\n' +
        '(1) Check it at 7B.\n',
    );
  });

  it('keeps {{#slot}} sections only when the slot is filled and {{^slot}} only when it is empty', () => {
    const template = '{{#role}}Role: {{role}}.{{/role}}{{^role}}No role.{{/role}} {{#cut}}Cut: {{cut}}{{/cut}}{{^cut}}Nothing cut.{{/cut}}';
    expect(renderPrompt(model, template)).toBe('Role: ML researcher. Nothing cut.\n');
    expect(renderPrompt({ ...model, role: undefined, cut: '2 more anchor papers left out' }, template)).toBe(
      'No role. Cut: 2 more anchor papers left out\n',
    );
  });

  it('nests sections', () => {
    const template = '{{#findings}}F{{#years}} in {{years}}{{/years}}{{^years}} undated{{/years}}{{/findings}}';
    expect(renderPrompt(model, template)).toBe('F in 2023–2025\n');
    expect(renderPrompt({ ...model, years: undefined }, template)).toBe('F undated\n');
    expect(renderPrompt({ ...model, findings: [] }, template)).toBe('\n');
  });

  it('lets a section tag alone on its line take the line with it', () => {
    const template = 'Top\n{{#anchors}}\nAnchors:\n{{anchors}}\n{{/anchors}}\n  {{^anchors}}  \nNo anchors.\n{{/anchors}}\nEnd\n';
    expect(renderPrompt(model, template)).toBe('Top\nAnchors:\n  – arXiv:2402.14905 (MobileLLM, ~2024)\nEnd\n');
    expect(renderPrompt({ ...model, anchors: [] }, template)).toBe('Top\nNo anchors.\nEnd\n');
  });

  it('renders unknown slots empty and ignores a close tag that closes nothing', () => {
    expect(renderPrompt(model, 'A{{unknown}}B{{/findings}}C{{constructor}}D{{toString}}\n')).toBe('ABCD\n');
  });

  it('does not expand slot syntax found inside the values', () => {
    const tricky = { ...model, findings: [{ text: 'Uses {{tasks}} literally' }] };
    expect(renderPrompt(tricky, '{{findings}}')).toBe('• Uses {{tasks}} literally.\n');
  });

  it('still says what was cut when the template has no {{cut}}', () => {
    expect(renderPrompt({ ...model, cut: '3 more anchor papers left out' }, '{{opening}}')).toBe(
      'As an ML researcher, does depth beat width in tiny models?\n\n(3 more anchor papers left out)\n',
    );
  });

  it('tidies the text: no trailing spaces, no runs of blank lines, one final newline', () => {
    expect(renderPrompt(model, '\n\n  {{role}}   \n\n\n\n\n{{title}}  \n\n\n')).toBe('ML researcher\n\nDoes depth beat width?\n');
  });

  it('is used by promptText', () => {
    expect(promptText(seedInput(), '{{title}} / {{years}}')).toBe(
      'How do we validate that idealized settings reliably surface phenomena that persist in realistic, scaled systems? / 2024–2026\n',
    );
  });
});

describe('checkTemplate', () => {
  it('finds nothing wrong with the default template', () => {
    expect(checkTemplate(DEFAULT_TEMPLATE)).toEqual([]);
  });

  it('names an unknown slot, with a hint when only the case is wrong', () => {
    const messages = checkTemplate('{{opening}}\n{{unknown}} and {{Tasks}}');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Line 2: \{\{unknown\}\} is not a slot/);
    expect(messages[1]).toMatch(/\{\{Tasks\}\}.*Did you mean \{\{tasks\}\}\?/);
  });

  it('catches a section that is never closed, and one closed in the wrong place', () => {
    expect(checkTemplate('{{opening}}\n{{#findings}}\n{{findings}}\n')).toEqual([
      'Line 2: {{#findings}} is never closed; add {{/findings}} where the section should end.',
    ]);
    const crossed = checkTemplate('{{opening}}{{#findings}}{{#anchors}}{{/findings}}{{/anchors}}');
    expect(crossed).toHaveLength(2);
    expect(crossed[0]).toMatch(/\{\{#anchors\}\} is never closed; add \{\{\/anchors\}\} before \{\{\/findings\}\}/);
    expect(crossed[1]).toMatch(/\{\{\/anchors\}\} closes no open section/);
  });

  it('catches empty tags, a lone "{{" and a template that never asks', () => {
    const messages = checkTemplate('{{}} {{#}} text {{ unfinished');
    expect(messages.some((m) => m.includes('{{}} names no slot'))).toBe(true);
    expect(messages.some((m) => m.includes('{{#}} names no slot'))).toBe(true);
    expect(messages.some((m) => m.includes('has no closing "}}"'))).toBe(true);
    expect(messages.some((m) => m.includes('neither {{opening}} nor {{ask}}'))).toBe(true);
  });

  it('describes every slot the renderer knows, for the settings tab', () => {
    expect(TEMPLATE_SLOTS.map((slot) => slot.name)).toEqual([
      'opening', 'role', 'ask', 'title', 'years', 'findings', 'anchors', 'tasks', 'cut',
    ]);
    for (const slot of TEMPLATE_SLOTS) {
      expect(slot.description.length).toBeGreaterThan(10);
      expect(checkTemplate(`{{ask}}{{#${slot.name}}}{{${slot.name}}}{{/${slot.name}}}`)).toEqual([]);
    }
  });
});

describe('any template', () => {
  it('renders and checks without throwing, and the output ends with one newline', () => {
    const pieces = fc.constantFrom('{{', '}}', '{{#', '{{^', '{{/', '{{!', 'findings', 'cut', 'x', ' ', '\n', '\r\n', 'text');
    const built = buildPromptModel(seedInput(), { maxAnchors: 2 });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const template = parts.join('');
        const text = renderPrompt(built, template);
        expect(text.endsWith('\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
        expect(Array.isArray(checkTemplate(template))).toBe(true);
      }),
      { seed: 1001, numRuns: 500 },
    );
  });
});
