// A progress bar on stderr for long runs: only on a terminal (never in pipes, logs or CI), and
// only once a run has lasted long enough to need one. One bar per phase, replaced when the phase changes.
import cliProgress from 'cli-progress';

/** Seconds a run must have lasted before a bar appears. */
const AFTER_MS = 1500;

export interface Progress {
  /** `done` of `total` (total 0: unknown) in the named phase. */
  update(phase: string, done: number, total?: number): void;
  stop(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update(phase, done, total = 0) {
      if (!stream.isTTY || Date.now() - t0 < AFTER_MS) return;
      if (phase !== current) {
        stop();
        current = phase;
        const format = total ? `${phase} [{bar}] {value}/{total} | {duration}s` : `${phase} {value} | {duration}s`;
        bar = new cliProgress.SingleBar({ stream, format, clearOnComplete: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop,
  };
}
