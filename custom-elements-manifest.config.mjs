// custom-elements.json from the components' JSDoc. Tags are registered through defineElement()
// (define once, even when the script loads twice), which the analyzer does not know: this plugin
// reads those calls and gives each class its tag name.
const definitions = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'lifebuoy:define-element',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
        const [tag, constructor] = node.arguments;
        if (!tag || !constructor || !ts.isStringLiteral(tag)) return;
        definitions.set(constructor.getText(), tag.text);
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: constructor.getText() },
        });
      },
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        const homes = new Map();
        for (const module of modules) {
          for (const declaration of module.declarations ?? []) {
            const tag = definitions.get(declaration.name);
            if (declaration.kind !== 'class' || !tag) continue;
            declaration.tagName = tag;
            declaration.customElement = true;
            homes.set(declaration.name, module.path);
          }
        }
        for (const module of modules) {
          for (const entry of module.exports ?? []) {
            if (entry.kind === 'custom-element-definition' && homes.has(entry.declaration.name)) entry.declaration.module = homes.get(entry.declaration.name);
          }
        }
      },
    },
  ],
};
