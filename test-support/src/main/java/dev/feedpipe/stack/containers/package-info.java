/** The same stack in Docker containers (Testcontainers). */
package dev.feedpipe.stack.containers;
