import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATORS, type CalculatorName } from '../../../calculators/registry';
import { calculatorMessages } from '../../../i18n/calculators';
import { LANGS, type Lang } from '@llm-scale/core/text/lang';

// One calculator's sentences in one language (/en/calculator-messages/storage.json), fetched by its
// driver on first use together with its arithmetic. Kept out of the page, where they were 0.5 to
// 2.3 kB gzipped of every first visit to an article with calculators, used or not.
export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => Object.keys(CALCULATORS).map((name) => ({ params: { lang, name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const spec = CALCULATORS[params.name as CalculatorName];
  return new Response(JSON.stringify(calculatorMessages(spec, params.lang as Lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
