// The `colorbrewer` package's ES build, imported by path in color-ramps.test.ts: its `main` is a UMD
// file that Node, reading the package as an ES module ("type": "module"), runs without exports.
declare module 'colorbrewer/index.es.js' {
  const colorbrewer: typeof import('colorbrewer').default;
  export default colorbrewer;
}
