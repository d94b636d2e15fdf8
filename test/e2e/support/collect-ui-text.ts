import type { HarnessPage } from './extension-browser.ts';

/**
 * The popup's visible text on every tab, outside elements marked with another language than the page's (the policy's
 * quotes) and outside code, URLs and the raw file (data in no language); with the page's `lang`.
 */
export function collectUiText(page: HarnessPage): Promise<{ ui: string; text: string[] }> {
  return page.evaluate(async () => {
    const text: string[] = [];
    const walk = (node: Node, ui: string) => {
      if (node.nodeType === 3) text.push(node.textContent ?? '');
      if (node.nodeType !== 1) return;
      const el = node as HTMLElement;
      const lang = el.getAttribute('lang');
      if (lang && !lang.toLowerCase().startsWith(ui)) return;
      if (el.tagName === 'CODE' || el.tagName === 'PRE' || el.classList.contains('url') || el.classList.contains('raw') || el.hidden) return;
      el.childNodes.forEach((child) => walk(child, ui));
    };
    const ui = document.documentElement.lang;
    for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
      tab.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      walk(document.querySelector('main') ?? document.body, ui);
    }
    document.querySelector<HTMLElement>('[role="tab"]')?.click();
    return { ui, text };
  });
}
