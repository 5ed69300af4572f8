/** JMH benchmarks of extraction, each against a baseline measured in the same run. */
package dev.feedpipe.bench.extract;
