// doiuse ships its types outside its package exports: what tests/site/css-targets.test.ts uses of it.
declare module 'doiuse' {
  import type { AcceptedPlugin, Node } from 'postcss';

  export interface FeatureUsage {
    /** caniuse feature id. */
    feature: string;
    featureData?: { title?: string; missing?: string };
    /** The rule, declaration or at-rule that uses the feature. */
    usage: Node;
    message: string;
  }

  export default function doiuse(options: {
    browsers?: string | string[];
    ignore?: string[];
    onFeatureUsage?: (usage: FeatureUsage) => void;
  }): AcceptedPlugin;
}
