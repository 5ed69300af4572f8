/** A JUnit 5 extension that hands tests the running stack's endpoints. */
package dev.feedpipe.stack.junit;
