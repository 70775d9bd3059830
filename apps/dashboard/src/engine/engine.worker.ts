/// <reference lib="webworker" />
import { expose } from 'comlink';
import { EngineHost } from './engine-host';

// The engine worker: index building and ranking stay off the main thread.
expose(new EngineHost());
