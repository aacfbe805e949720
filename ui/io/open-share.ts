/** Opens the share link in the page's hash, if any: adds its scenario (validated) and opens it. */
import { issue } from '../../engine/index';
import type { Store } from '../state/store';
import { admitScenario } from './admit';
import { decodeShare, shareFromHash, ShareTooLargeError, unwrapShare } from './share-link';

export async function openShareLink(store: Store): Promise<void> {
  const encoded = shareFromHash(window.location.hash);
  if (!encoded) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  const fail = (path: string, value: unknown, detail: string) =>
    store.dispatch({ type: 'notice', notice: { kind: 'error', key: 'scen.sharedBad', issues: [issue(path, value, { zh: detail, en: detail }, { zh: '由“分享链接”按钮生成的链接', en: 'a link made by the Share link button' })] } });
  let value: unknown;
  try {
    value = await decodeShare(encoded);
  } catch (error) {
    if (error instanceof ShareTooLargeError) {
      const mb = error.limitBytes / 1024 / 1024;
      store.dispatch({ type: 'notice', notice: { kind: 'error', key: 'scen.sharedBad', issues: [issue('#share', `${encoded.slice(0, 24)}...`, { zh: `链接数据超过 ${mb} MB,未打开`, en: `the link holds more than ${mb} MB of data; not opened` }, { zh: `不超过 ${mb} MB 的情景(大文件请用“导入”)`, en: `a scenario of at most ${mb} MB (use Import for larger files)` })] } });
      return;
    }
    fail('#share', `${encoded.slice(0, 24)}...`, error instanceof Error ? error.message : String(error));
    return;
  }
  const envelope = unwrapShare(value);
  if (!envelope.ok) {
    fail(envelope.problem.path, envelope.problem.value, 'schemaVersion 1 and an integer seed');
    return;
  }
  const { scenario, seed } = envelope.payload;
  const state = store.getState();
  const admitted = admitScenario({ ...(scenario as object), seed }, state.userScenarios);
  if (!admitted.ok) {
    store.dispatch({ type: 'notice', notice: { kind: 'error', key: 'scen.sharedBad', issues: admitted.issues } });
    return;
  }
  const same = state.userScenarios.find((s) => JSON.stringify({ ...s, id: '' }) === JSON.stringify({ ...admitted.file, id: '' }));
  if (same) {
    store.dispatch({ type: 'open', id: same.id });
    store.dispatch({ type: 'notice', notice: { kind: 'info', key: 'scen.shared', params: { name: same.name }, scenarioId: same.id } });
    return;
  }
  store.dispatch({ type: 'add', file: admitted.file, notice: { kind: 'info', key: 'scen.shared', params: { name: admitted.file.name }, scenarioId: admitted.file.id } });
}
