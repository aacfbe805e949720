/**
 * plotly.js as a partial bundle: the core (which includes scatter) plus bar traces and the Chinese
 * locale. The full bundle would triple the app's JavaScript.
 */
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import zhCN from 'plotly.js/lib/locales/zh-cn';

Plotly.register([bar, zhCN]);

export default Plotly;
export type { Config, Data, Layout } from 'plotly.js';
