// The content script imports only Readability's 4 kB readerable check, not the 90 kB parser that the package's
// index would pull in; this declares that file, which the package ships without types of its own.
declare module '@mozilla/readability/Readability-readerable.js' {
  function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export default isProbablyReaderable;
}
