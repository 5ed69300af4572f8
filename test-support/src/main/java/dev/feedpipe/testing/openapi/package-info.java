/** Contract tests of the services' OpenAPI documents: requests generated from the document, answers checked against it. */
package dev.feedpipe.testing.openapi;
