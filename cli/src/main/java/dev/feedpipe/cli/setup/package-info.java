/** {@code feedpipe setup}: topics and schemas created ahead of the services. */
package dev.feedpipe.cli.setup;
