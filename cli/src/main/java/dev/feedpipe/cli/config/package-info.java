/** {@code feedpipe settings}: the settings catalog as a table, with defaults and descriptions. */
package dev.feedpipe.cli.config;
