// tesseract.js's browser ES module build carries no types of its own: it is the same API as the package's main entry.
declare module 'tesseract.js/dist/tesseract.esm.min.js' {
  import Tesseract from 'tesseract.js';
  export default Tesseract;
}
