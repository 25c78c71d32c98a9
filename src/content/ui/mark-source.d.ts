/**
 * mark.js's own ES module source: the class the package's UMD build wraps (with
 * ES5 helpers and a CommonJS shim the bundle would evaluate on every page that
 * gets highlights). Same class, same methods, typed as @types/mark.js types it.
 */
declare module 'mark.js/src/lib/mark.js' {
  import Mark from 'mark.js';
  export default Mark;
}
