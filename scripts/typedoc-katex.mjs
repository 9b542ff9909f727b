// @ts-check
/**
 * TypeDoc plugin for rfci's API reference (loaded by typedoc.json).
 *
 * 1. Mathematics: `$…$` (inline) and `$$…$$` (display) in doc comments and in the
 *    guides of docs/ are rendered to HTML with KaTeX at build time, so the site
 *    needs no script and no network to show formulas. Math is cut out before
 *    Markdown sees it (so `_`, `*` and `\` inside formulas survive) and put back
 *    after; code spans and fenced code blocks are left alone (`${x}` in an
 *    example is not math). KaTeX's stylesheet and fonts are copied to
 *    `assets/katex/` and linked from every page.
 * 2. Documentation standard: every exported function, class and method must
 *    carry an `@example` block; a missing one is a warning, and typedoc.json
 *    treats warnings as errors. A formula KaTeX cannot parse is a warning too.
 *
 * @module
 */
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import katex from 'katex';
import { Application, JSX, MarkdownEvent, ReflectionKind, RendererEvent } from 'typedoc';

const require = createRequire(import.meta.url);
const katexDist = dirname(require.resolve('katex/dist/katex.min.css'));

/**
 * Splits Markdown into code (fenced blocks, inline code spans) and prose.
 *
 * @param {string} text
 * @returns {{ code: boolean, text: string }[]}
 */
export function splitCode(text) {
  const parts = [];
  const re = /(^|\n)(```|~~~)[^\n]*\n[\s\S]*?\n\2[^\n]*(?=\n|$)|(`+)(?:(?!\3)[\s\S])+?\3/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index + (m[1] ?? '').length;
    if (start > last) parts.push({ code: false, text: text.slice(last, start) });
    parts.push({ code: true, text: text.slice(start, re.lastIndex) });
    last = re.lastIndex;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/**
 * Finds `$$…$$` and `$…$` in prose (pandoc's rule for inline math: no space after
 * the opening `$`, none before the closing one, no digit right after it; `\$`
 * is a literal dollar) and calls `render(tex, display)` for each.
 *
 * @param {string} prose
 * @param {(tex: string, display: boolean) => string} render
 * @returns {string}
 */
export function replaceMath(prose, render) {
  return prose
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex) => render(tex.trim(), true))
    .replace(/(^|[^\\$])\$(?![\s$])((?:\\.|[^$\\\n])*?[^\s\\])\$(?![\d$])/g, (_, pre, tex) => pre + render(tex, false));
}

/** @param {Application} app */
export function load(app) {
  /** @type {Map<string, string>} */
  const rendered = new Map();
  let counter = 0;

  /** @param {string} tex @param {boolean} display @param {string} where */
  function toHtml(tex, display, where) {
    try {
      return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
    } catch (e) {
      app.logger.warn(`KaTeX cannot render $${tex}$ in ${where}: ${/** @type {Error} */ (e).message}`);
      return `<code>${tex.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`;
    }
  }

  // Before markdown-it (priority 0): replace each formula by an inert placeholder.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const where = event.page?.model?.getFullName?.() ?? event.page?.url ?? 'a page';
      event.parsedText = splitCode(event.parsedText)
        .map((part) =>
          part.code
            ? part.text
            : replaceMath(part.text, (tex, display) => {
                const key = `RFCIKATEX${counter++}X`;
                rendered.set(key, toHtml(tex, display, where));
                return display ? `\n\n${key}\n\n` : key;
              }),
        )
        .join('');
    },
    100,
  );
  // After markdown-it: put the rendered formulas back.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText
        .replace(/<p>(RFCIKATEX\d+X)<\/p>/g, (_, key) => `<div class="katex-block">${rendered.get(key) ?? key}</div>`)
        .replace(/RFCIKATEX\d+X/g, (key) => rendered.get(key) ?? key);
    },
    -100,
  );

  app.renderer.hooks.on('head.end', (context) =>
    JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/katex/katex.min.css') }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const target = join(event.outputDirectory, 'assets', 'katex');
    mkdirSync(target, { recursive: true });
    cpSync(join(katexDist, 'katex.min.css'), join(target, 'katex.min.css'));
    cpSync(join(katexDist, 'fonts'), join(target, 'fonts'), { recursive: true });
  });

  // Every exported function, class and method shows how it is called.
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const kinds = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Method;
    for (const refl of project.getReflectionsByKind(kinds)) {
      if (refl.kindOf(ReflectionKind.Method) && refl.parent?.kindOf(ReflectionKind.Interface)) continue;
      if (refl.flags.isExternal || refl.flags.isPrivate || refl.flags.isInherited) continue;
      const comments = [refl.comment, ...(/** @type {any} */ (refl).signatures ?? []).map((/** @type {any} */ s) => s.comment)];
      if (!comments.some((c) => c?.getTag('@example'))) {
        app.logger.warn(`${refl.getFullName()} (${ReflectionKind.singularString(refl.kind)}) has no @example; every export shows how it is called`);
      }
    }
  });
}
