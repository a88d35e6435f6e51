import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './security';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('lets the page connect only to itself and the Hugging Face Hub’s hosts', () => {
    for (const csp of [CSP_META, CSP_HEADER]) {
      expect(directive(csp, 'connect-src')).toBe("connect-src 'self' https://huggingface.co https://*.hf.co https://*.huggingface.co");
      // The Hub widens nothing else: scripts, images and frames stay the site's own.
      expect(directive(csp, 'default-src')).toBe("default-src 'self'");
      expect(directive(csp, 'img-src')).toBe("img-src 'self' data:");
      expect(csp).not.toContain('http:');
    }
  });
});
