/** Types for the plotly.js partial-bundle entry points (the package types only its main entry). */
declare module 'plotly.js/lib/core' {
  import Plotly from 'plotly.js';
  export default Plotly;
}
declare module 'plotly.js/lib/bar' {
  const module: import('plotly.js').PlotlyModule;
  export default module;
}
declare module 'plotly.js/lib/locales/zh-cn' {
  const module: import('plotly.js').PlotlyModule;
  export default module;
}
