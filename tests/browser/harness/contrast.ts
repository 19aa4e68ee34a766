/**
 * Text contrast as a reader meets it: for every visible element with text of
 * its own inside `selector`, the WCAG contrast ratio of its colour (the fill, for
 * SVG text) against the background painted under it, opacity included. The
 * function runs in the page, so it is written as one self-contained string.
 */
import type { Page } from 'playwright-core';

/** One piece of text and how it reads. */
export interface TextContrast {
  text: string;
  /** The element's classes, to find it in a failure message. */
  cls: string;
  ratio: number;
  color: string;
  background: string;
}

// Plain JavaScript on purpose: page.evaluate sends the text to the browser as it is.
const MEASURE = `(selector) => {
  const parse = (value) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(value);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
  const luminance = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
    }
    let base = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
    return base;
  };
  const opacityOf = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const results = [];
  for (const root of document.querySelectorAll(selector)) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!own || el.closest('title, option, style, script')) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
      const isSvg = el instanceof SVGElement;
      const raw = parse(isSvg ? style.fill : style.color);
      if (!raw) { results.push({ text: own, cls: String(el.className.baseVal ?? el.className), ratio: 0, color: isSvg ? style.fill : style.color, background: '?' }); continue; }
      const bg = backgroundOf(el);
      const fg = over([raw[0], raw[1], raw[2], raw[3] * opacityOf(el)], bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      results.push({
        text: own.slice(0, 60),
        cls: String(el.className.baseVal ?? el.className),
        ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
        color: 'rgb(' + fg.slice(0, 3).map(Math.round).join(', ') + ')',
        background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')',
      });
    }
  }
  return results;
}`;

/** The contrast of every visible piece of text under `selector`. */
export async function measureContrast(page: Page, selector: string): Promise<TextContrast[]> {
  return page.evaluate<TextContrast[]>(`(${MEASURE})(${JSON.stringify(selector)})`);
}
