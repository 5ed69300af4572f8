/** The {@code feedpipe} command line: one subcommand per package, each a thin picocli edge over the services' public APIs. */
package dev.feedpipe.cli;
