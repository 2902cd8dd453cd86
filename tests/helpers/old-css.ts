import postcss, { type ChildNode, type Container } from 'postcss';

/**
 * A page's CSS as the oldest browsers of the list read it (Chrome 61, Firefox 48 on
 * KaiOS 2.5, Safari 12, Opera Mini): every rule inside a cascade layer is dropped (with
 * the layer), and so is every declaration or rule they cannot parse: CSS variables
 * (Opera Mini), `gap`, grid (Firefox 48), clip-path, `@supports`/`@container`, and
 * selectors with :is(), :where(), :has(), :focus-visible or a :not() of a list.
 */
export function asOldBrowsers(css: string): string {
  const root = postcss.parse(css);
  const unknownSelector = /:(is|where|has|focus-visible|focus-within)\(|:focus-visible|:not\([^)]*[,\s>+~][^)]*\)/;
  const drop = (node: ChildNode) => {
    if (node.type === 'atrule' && ['layer', 'supports', 'container', 'scope', 'starting-style'].includes(node.name)) return true;
    if (node.type === 'rule' && unknownSelector.test(node.selector)) return true;
    if (node.type === 'decl') {
      if (/var\(/.test(node.value) || node.prop.startsWith('--')) return true;
      if (['gap', 'row-gap', 'column-gap', 'clip-path', 'inset', 'aspect-ratio'].includes(node.prop)) return true;
      if (node.prop === 'display' && /grid|contents/.test(node.value)) return true;
      if (/^grid-/.test(node.prop)) return true;
    }
    return false;
  };
  const walk = (container: Container) => {
    container.each((node) => {
      if (drop(node)) node.remove();
      else if ('nodes' in node && node.nodes) walk(node as Container);
    });
  };
  walk(root);
  return root.toString();
}
