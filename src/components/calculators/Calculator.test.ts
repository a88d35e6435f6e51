import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../calculators/registry';
import type { AnyCalculator } from '../../calculators/spec';
import { stringsOf } from '../../i18n/calculators';
import { LANGS, type Lang } from '@llm-scale/core/text/lang';
import Calculator from './Calculator.astro';

async function render(name: string, lang: Lang): Promise<Element[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Calculator, { props: { name }, request: new Request(`http://x.test/${lang}/a/`), partial: true });
  const elements: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    elements.push(node);
  });
  return elements;
}

const attr = (el: Element, name: string) => {
  const value = el.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
};

describe('<Calculator> renders any spec', () => {
  for (const spec of Object.values(CALCULATORS) as AnyCalculator[]) {
    for (const lang of LANGS) {
      it(`${spec.name} (${lang}): every field labelled and tied to its hint and error slot, every result tied to its fields`, async () => {
        const elements = await render(spec.name, lang);
        const ids = elements.map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined);
        expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
        const byId = new Set(ids);
        const labelFor = new Map(elements.filter((el) => el.tagName === 'label').map((el) => [attr(el, 'htmlFor'), toString(el)]));
        const fieldText = stringsOf(spec.name, lang).fields as Record<string, { label: string }>;

        for (const field of spec.fields) {
          const control = elements.find((el) => attr(el, 'name') === field.name && ['input', 'select', 'textarea'].includes(el.tagName));
          expect(control, field.name).toBeDefined();
          const id = attr(control!, 'id')!;
          expect(id).toBe(`${spec.name}-${field.name}`);
          expect(labelFor.get(id)).toBe(fieldText[field.name]!.label);
          for (const described of (attr(control!, 'ariaDescribedBy') ?? '').split(' ')) expect(byId.has(described), described).toBe(true);
          expect(byId.has(`${id}-error`)).toBe(true);
          if (control!.tagName === 'input' && field.kind !== 'files') expect(attr(control!, 'value')).toBe(field.default);
        }

        const outputs = elements.filter((el) => el.tagName === 'output');
        for (const output of spec.outputs) {
          if (output.barOf !== undefined) {
            expect(elements.some((el) => attr(el, 'dataWidth') === output.name), output.name).toBe(true);
            continue;
          }
          if (output.markup !== undefined) {
            // A picture and its table twin, drawn at build time in boxes the script redraws.
            const box = elements.find((el) => attr(el, 'dataMarkup') === output.name);
            expect(box, output.name).toBeDefined();
            const inner = box!.children.filter((c): c is Element => c.type === 'element').map((c) => c.tagName);
            expect(inner, output.name).toContain(output.markup === 'figure' ? 'svg' : 'table');
            expect(toString(box!)).not.toMatch(/NaN|undefined/);
            continue;
          }
          const el = outputs.find((o) => attr(o, 'name') === output.name);
          expect(el, output.name).toBeDefined();
          for (const source of (attr(el!, 'htmlFor') ?? '').split(' ')) expect(byId.has(source), `${output.name} for ${source}`).toBe(true);
          expect(toString(el!)).not.toMatch(/^$|NaN|undefined/);
        }
      });
    }
  }

  it('an unknown name fails the build, naming the calculators there are', async () => {
    const names = Object.keys(CALCULATORS).join(', ');
    await expect(render('storage-v2', 'en')).rejects.toThrow(`<Calculator name="storage-v2" />: no calculator of that name (no folder src/calculators/storage-v2/). The names are: ${names}.`);
    expect(names).toContain('storage');
  });
});
