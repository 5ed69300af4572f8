/** {@code feedpipe demo} and {@code down}: the whole pipeline on the embedded stack, each service its own JVM. */
package dev.feedpipe.cli.demo;
