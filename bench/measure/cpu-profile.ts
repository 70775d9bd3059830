import { Session } from 'node:inspector';

/** A node of a V8 CPU profile (the fields the summary reads). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A V8 CPU profile as `Profiler.stop` returns it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's share of a profile. */
export interface FunctionCost {
  /** "name file:line" */
  name: string;
  selfPct: number;
  totalPct: number;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result as T),
    ),
  );
}

/** Profile `run` (sampling every `intervalUs` µs) with the in-process inspector. */
export async function profile(run: () => void, intervalUs = 100): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
    await post(session, 'Profiler.start');
    run();
    const { profile: result } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
    return result;
  } finally {
    session.disconnect();
  }
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/^.*?\/(packages|bench|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** Self and total (inclusive) time of each function, as a share of all samples, top first. */
export function topFunctions(profile: CpuProfile, count: number): FunctionCost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    samples += hits;
    const name = label(n);
    self.set(name, (self.get(name) ?? 0) + hits);
    // Inclusive: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id) as ProfileNode;
      const frameName = label(frame);
      if (seen.has(frameName)) continue;
      seen.add(frameName);
      total.set(frameName, (total.get(frameName) ?? 0) + hits);
    }
  }
  const pct = (x: number) => Math.round((1000 * x) / Math.max(1, samples)) / 10;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => ({ name, selfPct: pct(hits), totalPct: pct(total.get(name) ?? 0) }));
}

/** Inclusive share of the functions whose name matches, for "where does the time go". */
export function inclusiveShares(
  profile: CpuProfile,
  names: readonly string[],
): Record<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hitsOf: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  let samples = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    samples += hits;
    const onStack = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      onStack.add((byId.get(id) as ProfileNode).callFrame.functionName);
    }
    for (const name of names) if (onStack.has(name)) hitsOf[name] = (hitsOf[name] ?? 0) + hits;
  }
  return Object.fromEntries(
    names.map((n) => [n, Math.round((1000 * (hitsOf[n] ?? 0)) / Math.max(1, samples)) / 10]),
  );
}
