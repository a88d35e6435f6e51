/**
 * Puts a space between Chinese characters and Latin letters where a template or Intl left none:
 * "请输入KV 头数" → "请输入 KV 头数", "int8或int4" → "int8 或 int4". Digits are left alone, so a
 * number stays glued to 亿 or 万 (2000亿), the site's style. Text without Chinese is unchanged.
 */
export function spaceBetweenScripts(text: string): string {
  // A Latin word may end in digits (int4, fp16); a bare number may not be split from its unit.
  return text
    .replace(/(\p{Script=Han})([A-Za-z])/gu, '$1 $2')
    .replace(/(\b[A-Za-z][A-Za-z0-9]*)(\p{Script=Han})/gu, '$1 $2');
}
