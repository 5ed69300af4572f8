/** {@code feedpipe dlq}: reading dead letters with their reasons and sending chosen ones back, each at most once. */
package dev.feedpipe.cli.dlq;
