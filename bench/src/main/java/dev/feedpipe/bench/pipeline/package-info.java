/** {@code feedpipe bench pipeline}: the end-to-end benchmark, its baselines and the per-thread CPU ledger of every process. */
package dev.feedpipe.bench.pipeline;
