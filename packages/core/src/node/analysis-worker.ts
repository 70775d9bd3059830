/**
 * The worker of the parallel build (see parallel-build.ts): analyses the texts it is sent with
 * a fresh French analyzer, the engine's default, and sends their term keys back.
 */
import { parentPort } from 'node:worker_threads';
import { analyseTexts } from '../search/analyse-texts';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';

const port = parentPort;
if (!port) throw new Error('analysis-worker: to be started as a worker thread');
port.once('message', (texts: string[]) => {
  const analysed = analyseTexts(
    new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()),
    texts,
  );
  // Transferred, not copied: the keys are 4 bytes a word of the texts.
  port.postMessage(analysed, [
    analysed.keys.buffer as ArrayBuffer,
    analysed.ends.buffer as ArrayBuffer,
  ]);
});
