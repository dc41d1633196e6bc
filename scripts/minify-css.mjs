// Minifies the CSS inside Lit's css`…` templates for the CDN bundles. Terser leaves template
// text alone, so comments and indentation would ship as they are written.
// Safe by construction for our styles: no `${…}` in them (checked), strings kept whole, and only
// white space that never matters in CSS is removed (never before ":", nor around "+" or "-",
// where it can matter: `.a :hover`, `calc(1px + 2px)`).

/** Collapses the white space of CSS outside strings and comments. */
const squeeze = (code) =>
  code
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':');

/** Minifies one stylesheet's text: comments out, strings kept whole, the rest squeezed. */
export function minifyCss(text) {
  const pieces = [];
  let code = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      code += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      pieces.push(squeeze(code), text.slice(i, j + 1));
      code = '';
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  pieces.push(squeeze(code));
  return pieces.join('').replace(/;}/g, '}').trim();
}

/** Rollup plugin: rewrites every css`…` template in our TypeScript sources. */
export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/packages\/elements\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(/\bcss`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) return whole;
        changed = true;
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
